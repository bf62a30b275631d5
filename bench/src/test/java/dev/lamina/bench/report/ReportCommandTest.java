package dev.lamina.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.bench.BenchCli;
import dev.lamina.bench.result.NetworkRun;
import dev.lamina.bench.result.NetworkRunFiles;
import dev.lamina.bench.testing.Fixtures;
import dev.lamina.bench.workload.BenchNetwork;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {
  @TempDir
  Path dir;

  @Test
  void writesMarkdownAndCsvFromResultFilesAndLogs() throws IOException {
    NetworkRun cnn = Fixtures.run(BenchNetwork.CNN, List.of(Fixtures.training(BenchNetwork.CNN, 32, 2000)), List.of());
    Path json = dir.resolve("lamina-cnn.json");
    NetworkRunFiles.write(cnn, json);
    Path pytorch = Files.write(dir.resolve("pytorch-cnn-b32-r1.log"), List.of(
        "model cnn: 435306 params (Keras: 435306) OK", "batch 32, lr 0.01, steps/epoch 320, epochs 1",
        "TRAIN THROUGHPUT: 800.0 samples/s (9600 samples in 12.00s, excluding the first 20 warm-up steps)"));
    Path dl4j = Files.write(dir.resolve("dl4j-cnn-b32.log"), List.of(
        "model cnn (NHWC): 435306 params (Keras: 435306) OK", "batch 32, lr 0.01, steps/epoch 70, epochs 1",
        "TRAIN THROUGHPUT: 80.0 samples/s (1920 samples in 24.00s, excluding the first 10 warm-up steps)"));
    Path out = dir.resolve("report");

    int status = BenchCli.run("report", "--lamina", json.toString(), "--pytorch-log", pytorch.toString(),
        "--dl4j-log", dl4j.toString(), "-o", out.toString(), "--name", "side-by-side", "--label", "test");

    assertEquals(0, status);
    List<String> csv = Files.readAllLines(out.resolve("side-by-side.csv"));
    assertEquals(2, csv.size());
    assertTrue(csv.get(1).startsWith("cnn_train_b32,cnn,train,32,2000.0,800.0,80.0,2.500,25.000,"), csv.get(1));
    assertTrue(Files.readString(out.resolve("side-by-side.md"))
        .contains("| `cnn_train_b32` | 2000.0 | 800.0 | 80.0 | 2.50x | 25.00x |"));
  }

  @Test
  void nothingToReportIsAUsageError() {
    assertEquals(2, BenchCli.run("report", "-o", dir.toString()));
  }

  @Test
  void aBrokenLogIsAnError() throws IOException {
    Path log = Files.write(dir.resolve("empty.log"), List.of("Traceback (most recent call last):"));
    assertEquals(1, BenchCli.run("report", "--pytorch-log", log.toString(), "-o", dir.toString()));
  }
}
