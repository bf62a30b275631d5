package dev.lamina.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.cli.run.RunFiles;
import dev.lamina.runtime.data.mnist.FashionMnist;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lamina train} twice with the default output directory, as a user runs it from a directory:
 * the second run goes to {@code runs/fashionsegmenter-2} and both runs' files stay intact, each
 * TensorBoard directory holding one run; writing into a run's directory needs {@code --overwrite},
 * which leaves one run there too. (Short runs of the smallest sample network: the test set's
 * evaluation after each run is most of the time.)
 */
class TwoDefaultRunsTest {
  @TempDir
  Path workingDirectory;

  /** {@code lamina train ARGS} in a JVM of its own whose working directory is {@code workingDirectory}. */
  private String lamina(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx1g", "-cp", System.getProperty("java.class.path"), LaminaCli.class.getName()));
    command.addAll(List.of(args));
    Process lamina = new ProcessBuilder(command).directory(workingDirectory.toFile()).redirectErrorStream(true).start();
    String output = new String(lamina.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, lamina.waitFor(), String.join(" ", command) + "\n" + output);
    return output;
  }

  private static final String[] SHORT_RUN = {"train", "--network", "FashionSegmenter", "--epochs", "1",
      "--validation-size", "500", "--train-limit", "500", "--verbose", "0"};

  @Test
  void twoRunsWithTheDefaultsKeepBothRunsFiles() throws Exception {
    Assumptions.assumeTrue(Files.isDirectory(FashionMnist.DEBIAN_DIRECTORY), "needs the real Fashion-MNIST files");
    String first = lamina(SHORT_RUN);
    Path one = workingDirectory.resolve("runs/fashionsegmenter");
    assertTrue(first.contains("wrote runs" + File.separator + "fashionsegmenter\n"), first);
    List<byte[]> before = contents(one);

    String second = lamina(SHORT_RUN);
    Path two = workingDirectory.resolve("runs/fashionsegmenter-2");
    assertTrue(second.contains("runs/fashionsegmenter holds an earlier run; writing to runs/fashionsegmenter-2"), second);
    assertTrue(second.contains("wrote runs/fashionsegmenter-2\n"), second);

    List<byte[]> after = contents(one);
    assertEquals(before.size(), after.size());
    for (int i = 0; i < before.size(); i++) {
      assertArrayEquals(before.get(i), after.get(i), "file " + i + " of the first run is unchanged");
    }
    for (Path run : List.of(one, two)) {
      RunFiles files = new RunFiles(run);
      for (Path file : files.files()) {
        assertTrue(Files.size(file) > 0, file + " is there");
      }
      assertEquals(1, eventFiles(files.tensorBoardLogs().resolve("train")), run + " holds one TensorBoard run");
    }

    CliRun refused = CliRun.of("train", "--network", "FashionSegmenter", "-o", one.toString(), "--epochs", "1");
    assertEquals(2, refused.status(), refused.toString());
    assertTrue(refused.err().startsWith("--output-dir " + one + " already holds best.lamina, history.csv,"), refused.toString());
    assertArrayEquals(before.get(0), contents(one).get(0), "refused: nothing written");

    lamina(Stream.concat(Stream.of(SHORT_RUN), Stream.of("-o", "runs/fashionsegmenter", "--overwrite", "--seed", "7"))
        .toArray(String[]::new));
    assertEquals(1, eventFiles(new RunFiles(one).tensorBoardLogs().resolve("train")), "overwriting leaves one run");
    assertTrue(Files.readString(new RunFiles(one).directory().resolve("last.lamina").resolveSibling("results.json"))
        .contains("\"epochs\" : 1"));
  }

  /** The bytes of every file a run writes, in {@link RunFiles#files()} order. */
  private static List<byte[]> contents(Path run) throws IOException {
    List<byte[]> all = new ArrayList<>();
    for (Path file : new RunFiles(run).files()) {
      all.add(Files.readAllBytes(file));
    }
    return all;
  }

  private static long eventFiles(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().startsWith("events.out.tfevents.")).count();
    }
  }
}
