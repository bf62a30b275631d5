package dev.lamina.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.cli.data.Preprocessing;
import dev.lamina.cli.run.RunFiles;
import dev.lamina.cli.run.RunResults;
import dev.lamina.runtime.io.CheckpointInfo;
import dev.lamina.runtime.io.Checkpoints;
import dev.lamina.samples.LaminaFashionCnn;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The main job at small scale, on the real Fashion-MNIST files: {@code lamina train} trains
 * {@code FashionCnn} for one epoch on the first 10,000 training images (after the 5,000 validation
 * images), reaches a validation accuracy above 0.80, and writes every output file in a readable
 * form; {@code evaluate} and {@code predict} then work from its checkpoint.
 */
class TrainCommandTest {
  @TempDir
  static Path runDir;

  private static String trainOutput;

  @BeforeAll
  static void trainOneEpoch() throws IOException {
    trainOutput = runCli(0, "train", "--network", "FashionCnn", "--epochs", "1", "--train-limit", "10000",
        "--output-dir", runDir.toString(), "--verbose", "2");
  }

  @Test
  void reachesTheValidationAccuracyOfTheTutorialsFirstEpoch() throws IOException {
    RunResults results = RunResults.read(runDir.resolve("results.json"));
    assertEquals("FashionCnn", results.network());
    assertEquals(435_306, results.parameters());
    assertEquals(1, results.epochs());
    assertEquals(10_000, results.trainExamples());
    double valAccuracy = results.lastEpoch().get("val_accuracy");
    assertTrue(valAccuracy > 0.80, "val_accuracy " + valAccuracy + " after one epoch on 10,000 images");
    assertTrue(results.test().get("accuracy") > 0.78, "test accuracy " + results.test());
    assertTrue(trainOutput.contains("Total params: 435,306 (1.66 MB)"), trainOutput);
    assertTrue(trainOutput.contains("313/313 - "), "one Keras-style line per epoch: " + trainOutput);
  }

  @Test
  void writesEveryOutputFileReadably() throws IOException {
    RunFiles files = new RunFiles(runDir);
    for (Path checkpoint : List.of(files.bestCheckpoint(), files.lastCheckpoint())) {
      CheckpointInfo info = Checkpoints.load(checkpoint, LaminaFashionCnn.create(7), null);
      assertEquals("FashionCnn", info.network());
      assertEquals(1, info.epoch());
    }
    List<String> csv = Files.readAllLines(files.historyCsv());
    assertEquals(2, csv.size(), "header and one epoch: " + csv);
    assertTrue(csv.get(0).contains("val_accuracy"), csv.get(0));

    BufferedImage curves = ImageIO.read(files.learningCurves().toFile());
    assertTrue(curves.getWidth() > 100 && curves.getHeight() > 100);

    for (String run : List.of("train", "validation")) {
      try (Stream<Path> events = Files.list(files.tensorBoardLogs().resolve(run))) {
        Path file = events.filter(p -> p.getFileName().toString().startsWith("events.out.tfevents.")).findFirst()
            .orElseThrow();
        assertTrue(Files.size(file) > 40, run + " event file holds more than the file-version record");
      }
    }
    assertTrue(Files.readString(files.summary()).contains("conv6 (Conv2D)"));
    Preprocessing pre = Preprocessing.besides(files.bestCheckpoint()).orElseThrow();
    assertEquals(10_000, pre.trainLimit());
    assertEquals(72.9, pre.mean(), 1.0);
    try (Stream<Path> all = Files.list(runDir)) {
      assertTrue(all.noneMatch(p -> p.getFileName().toString().endsWith(".partial")), "no half-written file left");
    }
  }

  @Test
  void evaluateAndPredictReadTheCheckpoint() throws IOException {
    RunResults results = RunResults.read(runDir.resolve("results.json"));
    String evaluation = runCli(0, "evaluate", "--checkpoint", runDir.resolve("last.lamina").toString());
    String expected = String.format(java.util.Locale.ROOT, "accuracy: %.4f", results.test().get("accuracy"));
    assertTrue(evaluation.contains(expected), "evaluate agrees with training's own test figure " + expected
        + ": " + evaluation);

    String predictions = runCli(0, "predict", "--checkpoint", runDir.resolve("best.lamina").toString(), "--count", "3");
    List<String> lines = predictions.lines().filter(l -> l.startsWith("#")).toList();
    assertEquals(3, lines.size(), predictions);
    assertTrue(lines.get(0).contains("true Ankle boot"), lines.get(0));
  }

  @Test
  void rejectsAnUnknownNetworkListingTheKnownOnes() {
    String err = runCliErr(2, "train", "--network", "FashionMlp");
    assertTrue(err.startsWith("no network named 'FashionMlp'; expected one of FashionCnn (dev.lamina.samples.FashionCnn),"
        + " FashionResNet (dev.lamina.samples.FashionResNet), FashionSegmenter (dev.lamina.samples.FashionSegmenter),"
        + " FashionSeparableCnn (dev.lamina.samples.FashionSeparableCnn), FashionUNet (dev.lamina.samples.FashionUNet),"
        + " MonkeyCnn (dev.lamina.samples.MonkeyCnn). Networks are found"
        + " through the META-INF/services/dev.lamina.runtime.NetworkProvider file"), err);
  }

  @Test
  void namesAMissingCheckpoint() {
    String err = runCliErr(1, "evaluate", "--checkpoint", runDir.resolve("missing.lamina").toString());
    assertTrue(err.contains("missing.lamina"), err);
  }

  @Test
  void namesTheDamagedFieldOfACheckpoint() throws IOException {
    Path damaged = runDir.resolve("no-saved-at.lamina");
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(runDir.resolve("last.lamina").toFile());
        java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(damaged))) {
      for (java.util.zip.ZipEntry entry : java.util.Collections.list(zip.entries())) {
        byte[] content = zip.getInputStream(entry).readAllBytes();
        if (entry.getName().equals("lamina.json")) {
          String json = new String(content, StandardCharsets.UTF_8);
          String edited = json.replaceAll("\\s*\"saved_at\" : \"[^\"]*\",", "");
          assertTrue(!edited.equals(json), json);
          content = edited.getBytes(StandardCharsets.UTF_8);
        }
        out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
        out.write(content);
        out.closeEntry();
      }
    }
    String err = runCliErr(1, "evaluate", "--checkpoint", damaged.toString());
    assertTrue(err.contains("lamina evaluate: " + damaged + "!lamina.json: 'saved_at' is missing or null"), err);
  }

  private static String runCli(int expectedStatus, String... args) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream previous = System.out;
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    int status;
    try {
      status = LaminaCli.run(args);
    } finally {
      System.setOut(previous);
    }
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertEquals(expectedStatus, status, out);
    return out;
  }

  private static String runCliErr(int expectedStatus, String... args) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream previous = System.err;
    System.setErr(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    int status;
    try {
      status = LaminaCli.run(args);
    } finally {
      System.setErr(previous);
    }
    String err = bytes.toString(StandardCharsets.UTF_8);
    assertEquals(expectedStatus, status, err);
    return err;
  }
}
