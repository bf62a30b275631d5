package dev.lamina.runtime.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.runtime.loss.Losses;
import dev.lamina.runtime.metric.Metrics;
import dev.lamina.runtime.optim.Sgd;
import dev.lamina.runtime.testing.Blobs;
import dev.lamina.runtime.testing.TestNet;
import dev.lamina.runtime.train.FitConfig;
import dev.lamina.runtime.train.History;
import dev.lamina.runtime.train.Trainer;
import dev.lamina.runtime.train.Verbosity;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;

/** The learning-curve PNG of a real History. */
class LearningCurvesTest {
  @TempDir
  Path dir;

  private static History history(double learningRate) {
    Trainer trainer = Trainer.builder(TestNet.builder(new int[] {2, 2, 1}, 3).build())
        .loss(Losses.sparseCategoricalCrossentropy()).optimizer(Sgd.builder().learningRate(learningRate).build())
        .metrics(Metrics.accuracy()).build();
    return trainer.fit(Blobs.make(60, 1), FitConfig.builder().epochs(3).batchSize(20)
        .validationData(Blobs.make(30, 2)).verbosity(Verbosity.SILENT).build());
  }

  @Test
  void writesAPngWithACurvePerFigure() throws Exception {
    History history = history(0.1);
    Path png = dir.resolve("curves.png");
    LearningCurves.of(history).title("cnn-selu").writePng(png);
    BufferedImage image = ImageIO.read(png.toFile());
    assertEquals(800, image.getWidth());
    assertEquals(500, image.getHeight());
    Set<Integer> colours = new HashSet<>();
    for (int x = 0; x < image.getWidth(); x += 3) {
      for (int y = 0; y < image.getHeight(); y += 3) {
        colours.add(image.getRGB(x, y));
      }
    }
    assertTrue(colours.size() > 6, "background, grid, text and four series colours; found " + colours.size());
    XYChart chart = LearningCurves.of(history).chart();
    assertEquals(Set.of("loss", "accuracy", "val_loss", "val_accuracy"), chart.getSeriesMap().keySet());
    assertTrue(Files.list(dir).allMatch(p -> p.equals(png)), "no temporary file left");
  }

  @Test
  void aNaNEpochLeavesAGapInsteadOfFailing() throws Exception {
    Trainer trainer = Trainer.builder(TestNet.builder(new int[] {2, 2, 1}, 3).build())
        .loss(Losses.sparseCategoricalCrossentropy()).optimizer(Sgd.builder().learningRate(0.1).build()).build();
    dev.lamina.runtime.testing.TestDataset clean = Blobs.make(60, 1);
    org.nd4j.linalg.api.ndarray.INDArray features = clean.features().dup();
    features.putScalar(new long[] {50, 0, 0, 0}, Float.NaN);
    History history = trainer.fit(new dev.lamina.runtime.testing.TestDataset(features, clean.labels()),
        FitConfig.builder().epochs(3).batchSize(20).shuffle(false).verbosity(Verbosity.SILENT)
            .callbacks(new dev.lamina.runtime.callback.TerminateOnNaN(new java.io.PrintStream(
                java.io.OutputStream.nullOutputStream()))).build());
    assertTrue(Double.isNaN(history.last().get(dev.lamina.runtime.metric.MetricKey.LOSS)));
    Path png = dir.resolve("nan.png");
    LearningCurves.of(history).writePng(png);
    assertEquals(800, ImageIO.read(png.toFile()).getWidth());
  }

  @Test
  void yRangeIsZeroToOneWhenEverythingFitsLikeTheTutorial() {
    History history = history(0.1);
    double highest = history.keys().stream().flatMapToDouble(k -> java.util.Arrays.stream(history.values(k)))
        .max().orElseThrow();
    XYChart chart = LearningCurves.of(history).chart();
    assertEquals(0.0, chart.getStyler().getYAxisMin());
    assertEquals(highest <= 1 ? 1.0 : Math.ceil(highest), chart.getStyler().getYAxisMax());
    History slow = history(0.001);
    assertTrue(slow.values(dev.lamina.runtime.metric.MetricKey.LOSS)[0] > 1, "an untrained 3-class loss is near ln 3");
    XYChart wide = LearningCurves.of(slow).chart();
    assertEquals(2.0, wide.getStyler().getYAxisMax(), "above 1: up to the highest value rounded up");
    XYChart fixed = LearningCurves.of(history).yRange(0, 3).chart();
    assertEquals(3.0, fixed.getStyler().getYAxisMax());
    assertThrows(IllegalArgumentException.class, () -> LearningCurves.of(history).yRange(1, 1));
  }
}
