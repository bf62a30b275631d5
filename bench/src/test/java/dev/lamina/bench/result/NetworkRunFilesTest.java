package dev.lamina.bench.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.bench.testing.Fixtures;
import dev.lamina.bench.workload.BenchNetwork;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NetworkRunFilesTest {
  @TempDir
  Path dir;

  @Test
  void aRunSurvivesTheJsonRoundTrip() throws IOException {
    NetworkRun run = Fixtures.run(BenchNetwork.SEPARABLE, List.of(Fixtures.training(BenchNetwork.SEPARABLE, 32,
        1234.5, 1300.25), Fixtures.predict(BenchNetwork.SEPARABLE, 3000)), List.of(Fixtures.profile(BenchNetwork.CNN)));
    Path file = dir.resolve(NetworkRunFiles.fileName(run));
    NetworkRunFiles.write(run, file);
    assertEquals("lamina-separable.json", file.getFileName().toString());
    assertEquals(run, NetworkRunFiles.read(file));
  }

  @Test
  void anotherFileIsRejectedNamingIt() throws IOException {
    Path file = Files.writeString(dir.resolve("results.csv"), "workload,lamina\n");
    IOException e = assertThrows(IOException.class, () -> NetworkRunFiles.read(file));
    assertTrue(e.getMessage().startsWith(file + " is not a readable Lamina benchmark result (written by 'bench run'): "),
        e.getMessage());
  }
}
