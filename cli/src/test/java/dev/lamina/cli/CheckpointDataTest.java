package dev.lamina.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.cli.data.IdxDataset;
import dev.lamina.cli.data.Preprocessing;
import dev.lamina.runtime.data.mnist.FashionMnist;
import dev.lamina.runtime.data.preprocess.StandardScaler;
import dev.lamina.runtime.data.mnist.MnistFiles;
import dev.lamina.runtime.io.Checkpoints;
import dev.lamina.samples.LaminaFashionCnn;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How {@code evaluate} and {@code predict} choose their data, with an untrained {@code FashionCnn}
 * checkpoint and its run's {@code preprocessing.json}: {@code --data-dir} is the only place read,
 * a {@code --validation-size} contradicting the run's is an error, and {@code --first}/{@code
 * --count} are checked without overflow against the real 10,000 test images.
 */
class CheckpointDataTest {
  @TempDir
  static Path tmp;

  private static Path checkpoint;

  @BeforeAll
  static void untrainedRun() throws IOException {
    Path run = Files.createDirectories(tmp.resolve("run"));
    checkpoint = run.resolve("best.lamina");
    Checkpoints.save(checkpoint, LaminaFashionCnn.create(42), null, 1, 42);
    Preprocessing.idx(IdxDataset.FASHION_MNIST, Preprocessing.STANDARDIZE, StandardScaler.of(72.94, 90.02), 5000,
        10_000, FashionMnist.CLASS_NAMES).writeTo(run);
  }

  @Test
  void aMissingDataDirectoryIsAnErrorNotAFallBack() {
    Path nowhere = tmp.resolve("nonexistent");
    CliRun run = CliRun.of("evaluate", "-c", checkpoint.toString(), "--data-dir", nowhere.toString());
    assertEquals(1, run.status(), run.toString());
    assertTrue(run.err().contains("1. directory " + nowhere + ": does not exist"), run.toString());
    assertTrue(!run.err().contains("2. "), "no other place is tried: " + run);
    assertTrue(!run.out().contains("test set"), "nothing evaluated: " + run);
  }

  @Test
  void aDataDirectoryMissingFilesNamesThem() throws IOException {
    Path partial = Files.createDirectories(tmp.resolve("partial"));
    Files.writeString(partial.resolve(MnistFiles.TRAIN_IMAGES), "");
    Files.writeString(partial.resolve("train-labels-idx1-ubyte"), "");
    Files.writeString(partial.resolve(MnistFiles.TEST_IMAGES), "");
    for (String command : new String[] {"evaluate", "predict"}) {
      CliRun run = CliRun.of(command, "-c", checkpoint.toString(), "--data-dir", partial.toString());
      assertEquals(1, run.status(), run.toString());
      assertTrue(run.err().contains("directory " + partial + ": missing t10k-labels-idx1-ubyte.gz"), run.toString());
      assertTrue(run.err().contains("each gzip-compressed or not"), run.toString());
    }
    CliRun data = CliRun.of("data", "--data-dir", partial.toString());
    assertEquals(1, data.status(), data.toString());
    assertTrue(data.err().contains("missing t10k-labels-idx1-ubyte.gz"), data.toString());
  }

  @Test
  void aValidationSizeContradictingTheRunsIsAnErrorNamingBoth() {
    for (String command : new String[] {"evaluate", "predict"}) {
      CliRun run = CliRun.of(command, "-c", checkpoint.toString(), "--validation-size", "1000", "--data-dir",
          tmp.resolve("nonexistent").toString());
      assertEquals(2, run.status(), run.toString());
      assertTrue(run.err().startsWith("--validation-size 1000 contradicts the run's validation size 5000 in "
          + checkpoint.resolveSibling(Preprocessing.FILE_NAME) + "; leave --validation-size out to use the run's"
          + " split"), run.toString());
    }
  }

  @Test
  void firstAndCountAreCheckedWithoutOverflow() {
    Assumptions.assumeTrue(Files.isDirectory(FashionMnist.DEBIAN_DIRECTORY), "needs the real Fashion-MNIST files");
    String dir = FashionMnist.DEBIAN_DIRECTORY.toString();
    CliRun huge = CliRun.of("predict", "-c", checkpoint.toString(), "--data-dir", dir, "--first", "2147483647",
        "--count", "2147483647");
    assertEquals(2, huge.status(), huge.toString());
    assertTrue(huge.err().contains("\n--first 2147483647 --count 2147483647 does not fit the 10000 test images"),
        huge.toString());

    CliRun past = CliRun.of("predict", "-c", checkpoint.toString(), "--data-dir", dir, "--first", "9999",
        "--count", "5");
    assertEquals(2, past.status(), past.toString());
    assertTrue(past.err().contains("\n--first 9999 --count 5 does not fit the 10000 test images"), past.toString());

    CliRun last = CliRun.of("predict", "-c", checkpoint.toString(), "--data-dir", dir, "--first", "9999",
        "--count", "1", "--validation-size", "5000");
    assertEquals(0, last.status(), last.toString());
    assertTrue(last.out().lines().anyMatch(l -> l.startsWith("#9999 ")), last.toString());
  }
}
