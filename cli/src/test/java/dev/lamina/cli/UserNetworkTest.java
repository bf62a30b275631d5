package dev.lamina.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.cli.data.Preprocessing;
import dev.lamina.cli.run.RunResults;
import dev.lamina.cli.testing.ColourImages;
import dev.lamina.cli.testing.UserProject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's own network, compiled outside Lamina's modules with plain javac (processor on the
 * processor path), found by the tool through {@code --classpath} and the service file the processor
 * wrote, trained with augmentation on an image folder the test writes (RGB blobs of three colours,
 * mixed sizes, PNG and JPEG, resized to the network's 24x24x3), then evaluated and used to predict.
 */
class UserNetworkTest {
  private static final String COLOUR_CNN = """
      package com.example;

      import static dev.lamina.dsl.ActivationFunction.*;
      import static dev.lamina.dsl.Padding.*;

      import dev.lamina.dsl.*;
      import dev.lamina.runtime.layer.*;

      @Network(input = @Input(height = 24, width = 24, channels = 3))
      public interface ColourCnn {
        @Conv2D(filters = 8, kernelSize = 3, padding = SAME, activation = RELU) Conv2DLayer conv();
        @MaxPool(poolSize = 2) Layer pool();
        @GlobalAvgPool Layer gap();
        @Dense(units = 3, activation = SOFTMAX) DenseLayer output();
      }
      """;

  @TempDir
  static Path dir;

  private static Path classes;
  private static Path run;
  private static CliRun training;

  @BeforeAll
  static void compileAndTrain() throws IOException, InterruptedException {
    Path source = Files.createDirectories(dir.resolve("src/com/example")).resolve("ColourCnn.java");
    Files.writeString(source, COLOUR_CNN);
    Path other = Files.createDirectories(dir.resolve("src/org/other")).resolve("ColourCnn.java");
    Files.writeString(other, COLOUR_CNN.replace("package com.example;", "package org.other;"));
    classes = dir.resolve("classes");
    UserProject.compile(classes, List.of(source, other));
    ColourImages.write(dir.resolve("images/training"), 60, 1);
    ColourImages.write(dir.resolve("images/test"), 20, 2);
    run = dir.resolve("run");
    training = CliRun.of("train", "--classpath", classes.toString(), "--network", "com.example.ColourCnn",
        "--train-dir", dir.resolve("images/training").toString(), "--test-dir", dir.resolve("images/test").toString(),
        "--validation-split", "0.25", "--optimizer", "adam", "--learning-rate", "0.01", "--epochs", "8",
        "--batch-size", "16", "--flip", "horizontal_and_vertical", "--rotation", "0.1", "--zoom", "0.1",
        "--translation", "0.1", "--contrast", "0.2", "--verbose", "2", "-o", run.toString());
  }

  @Test
  void theProcessorRegisteredTheNetworkBesideItsClasses() throws IOException {
    assertEquals(List.of("com.example.LaminaColourCnnProvider", "org.other.LaminaColourCnnProvider"),
        Files.readAllLines(classes.resolve("META-INF/services/dev.lamina.runtime.NetworkProvider")).stream()
            .filter(l -> !l.startsWith("#")).toList());
    CliRun networks = CliRun.of("networks", "--classpath", classes.toString());
    assertEquals(0, networks.status(), networks.toString());
    assertTrue(networks.out().lines().anyMatch(l -> l.startsWith("ColourCnn") && l.contains("com.example.ColourCnn")
        && l.contains("24x24x3") && l.contains("classification")), networks.out());
    assertTrue(networks.out().contains("dev.lamina.samples.FashionCnn"), "the tool's own networks too: " + networks);
  }

  @Test
  void trainsOnTheImageFolderWithAugmentationAndReachesHighTestAccuracy() throws IOException {
    assertEquals(0, training.status(), training.toString());
    assertTrue(training.out().contains("image folder " + dir.resolve("images/training") + ": 3 classes, images resized"
        + " to 24x24x3; train 135, validation 45 from a split of the training folder (seed 42), test 60 from "
        + dir.resolve("images/test")), training.out());
    assertTrue(training.out().contains("; decoded once into memory (1.7 MB)"), training.out());
    assertTrue(training.out().contains("augmenting the training images: RandomFlip(horizontal_and_vertical),"
        + " RandomRotation(0.1), RandomZoom(0.1), RandomTranslation(0.1, 0.1), RandomContrast(0.2)"), training.out());
    RunResults results = RunResults.read(run.resolve("results.json"));
    assertEquals("ColourCnn", results.network());
    assertEquals("test", results.evaluatedOn());
    double accuracy = results.test().get("accuracy");
    assertTrue(accuracy >= 0.9, "test accuracy " + accuracy + "\n" + training);
    Preprocessing p = Preprocessing.besides(run.resolve("last.lamina")).orElseThrow();
    assertEquals(ColourImages.CLASSES, p.classFolders());
    assertEquals(Preprocessing.IMAGE_FOLDER, p.dataset());
  }

  @Test
  void evaluateAgreesWithTrainingOnTheSameTestFolder() throws IOException {
    RunResults results = RunResults.read(run.resolve("results.json"));
    CliRun evaluate = CliRun.of("evaluate", "--classpath", classes.toString(), "-c", run.resolve("last.lamina").toString());
    assertEquals(0, evaluate.status(), evaluate.toString());
    assertTrue(evaluate.out().contains(String.format(java.util.Locale.ROOT, "ColourCnn after %d epochs, on the test"
        + " set (60 images): loss: %.4f - accuracy: %.4f", results.epochs(), results.test().get("loss"),
        results.test().get("accuracy"))), evaluate + "\n" + results);
    CliRun validation = CliRun.of("evaluate", "--classpath", classes.toString(), "-c",
        run.resolve("last.lamina").toString(), "--validation");
    assertEquals(0, validation.status(), validation.toString());
    assertTrue(validation.out().contains("on the validation set (45 images)"), validation.toString());
  }

  @Test
  void predictsTestImagesAndImageFiles() {
    CliRun predict = CliRun.of("predict", "--classpath", classes.toString(), "-c", run.resolve("last.lamina").toString(),
        "--first", "20", "--count", "3");
    assertEquals(0, predict.status(), predict.toString());
    List<String> lines = predict.out().lines().toList();
    assertEquals(3, lines.size(), predict.toString());
    assertTrue(lines.get(0).startsWith("#20    predicted "), lines.get(0));
    assertTrue(lines.get(0).contains("true green"), lines.get(0));
    assertTrue(lines.get(0).endsWith(dir.resolve("images/test/green/0.png").toString()), lines.get(0));

    Path red = dir.resolve("images/test/red/1.jpg");
    CliRun files = CliRun.of("predict", "--classpath", classes.toString(), "-c", run.resolve("best.lamina").toString(),
        red.toString(), dir.resolve("images/test/blue/2.png").toString());
    assertEquals(0, files.status(), files.toString());
    assertTrue(files.out().startsWith(red + ": predicted red (p="), files.toString());
    assertTrue(files.out().contains("blue/2.png: predicted blue (p="), files.toString());
  }

  @Test
  void anAmbiguousSimpleNameListsTheCandidatesAndAMissingClassPathSaysHowToAddOne() throws IOException {
    CliRun ambiguous = CliRun.of("summary", "--classpath", classes.toString(), "--network", "ColourCnn");
    assertEquals(2, ambiguous.status(), ambiguous.toString());
    assertTrue(ambiguous.err().startsWith("'ColourCnn' names 2 networks: com.example.ColourCnn, org.other.ColourCnn;"
        + " give the qualified name"), ambiguous.toString());
    CliRun summary = CliRun.of("summary", "--classpath", classes.toString(), "--network", "org.other.ColourCnn");
    assertEquals(0, summary.status(), summary.toString());
    assertTrue(summary.out().contains("Model: \"ColourCnn\""), summary.toString());

    Path bare = Files.createDirectories(dir.resolve("bare")).resolve("copy.lamina");
    Files.copy(run.resolve("last.lamina"), bare, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    CliRun unrecorded = CliRun.of("evaluate", "--classpath", classes.toString(), "-c", bare.toString());
    assertEquals(1, unrecorded.status(), unrecorded.toString());
    assertTrue(unrecorded.err().contains("holds network ColourCnn: 2 networks of that name are on the class path"
        + " (com.example.ColourCnn, org.other.ColourCnn) and 2 of them have its architecture; name the one it was"
        + " trained with, e.g. --network com.example.ColourCnn"), unrecorded.toString());

    CliRun missing = CliRun.of("summary", "--network", "com.example.ColourCnn");
    assertEquals(2, missing.status(), missing.toString());
    assertTrue(missing.err().contains("no network named 'com.example.ColourCnn'; expected one of FashionCnn"),
        missing.toString());
    assertTrue(missing.err().contains("add your compiled classes with --classpath DIR"), missing.toString());
    CliRun evaluate = CliRun.of("evaluate", "-c", run.resolve("last.lamina").toString());
    assertEquals(1, evaluate.status(), evaluate.toString());
    assertTrue(evaluate.err().contains("holds network ColourCnn, which is not on the class path"), evaluate.toString());
    assertFalse(evaluate.out().contains("accuracy"), evaluate.toString());
  }

  @Test
  void theDataMustSuitTheNetwork() {
    Path noRun = dir.resolve("not-written");
    CliRun tooFew = CliRun.of("train", "--network", "FashionCnn", "--train-dir", dir.resolve("images/training").toString(),
        "-o", noRun.toString());
    assertEquals(2, tooFew.status(), tooFew.toString());
    assertTrue(tooFew.err().startsWith("network FashionCnn scores 10 classes, but the data has 3 [blue, green, red];"
        + " give its last @Dense layer units = 3"), tooFew.toString());
    assertFalse(Files.exists(noRun), "the run's directory is removed when its data does not fit");

    CliRun masks = CliRun.of("train", "--network", "FashionSegmenter", "--train-dir",
        dir.resolve("images/training").toString(), "-o", noRun.toString());
    assertEquals(2, masks.status(), masks.toString());
    assertTrue(masks.err().startsWith("network FashionSegmenter outputs a mask per pixel, but image folders give each"
        + " image a class"), masks.toString());

    CliRun idx = CliRun.of("train", "--classpath", classes.toString(), "--network", "com.example.ColourCnn", "-o",
        noRun.toString());
    assertEquals(2, idx.status(), idx.toString());
    assertTrue(idx.err().startsWith("the network takes 24x24x3 images, but Fashion-MNIST's are 28x28x1: train it on an"
        + " image folder (--train-dir DIR)"), idx.toString());
    assertFalse(Files.exists(noRun));
  }

  @Test
  void streamsTheImagesFromDiskWhenAsked() throws IOException {
    Path streamed = dir.resolve("streamed");
    CliRun run = CliRun.of("train", "--classpath", classes.toString(), "--network", "com.example.ColourCnn",
        "--train-dir", dir.resolve("images/training").toString(), "--validation-dir", dir.resolve("images/test").toString(),
        "--stream", "--scaling", "rescale", "--epochs", "2", "--optimizer", "adam", "--learning-rate", "0.01",
        "--batch-size", "16", "--zoom", "0.1", "--verbose", "0", "-o", streamed.toString());
    assertEquals(0, run.status(), run.toString());
    assertTrue(run.out().contains("train 180, validation 60 from " + dir.resolve("images/test") + "; rescaled by 1/255;"
        + " decoded from disk every epoch"), run.out());
    RunResults results = RunResults.read(streamed.resolve("results.json"));
    assertEquals("validation", results.evaluatedOn(), "no test folder: the validation folder is evaluated");
    assertEquals(2, results.epochs());
    assertTrue(Files.readString(streamed.resolve("preprocessing.json")).contains("\"validationDir\" : \""
        + dir.resolve("images/test") + "\""));
  }
}
