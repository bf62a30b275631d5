package dev.lamina.bench.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.bench.measure.WindowFigures;
import dev.lamina.bench.result.LayerTime;
import dev.lamina.bench.workload.BenchNetwork;
import dev.lamina.cli.network.Task;
import dev.lamina.runtime.data.Batch;
import dev.lamina.runtime.data.BatchIterator;
import dev.lamina.runtime.data.Order;
import dev.lamina.runtime.data.mnist.FashionMnist;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * The segmentation workloads on the real Fashion-MNIST files: the garment masks of {@code lamina train}
 * as targets, FashionUNet trained through the harness (its loss falls) and its inference timed.
 */
class SegmentationBenchmarkTest {
  private static FashionSplits data;

  @BeforeAll
  static void load() throws IOException {
    data = FashionSplits.load(FashionMnist.DEBIAN_DIRECTORY, 5000, Task.SEGMENTATION);
  }

  /** The targets are cli's masks: 1 exactly where the raw pixel exceeds 25; the images are standardized. */
  @Test
  void targetsAreTheGarmentMasksOfTheRawPixels() {
    assertEquals(55_000, data.train().size());
    assertEquals(72.9379, data.mean(), 5e-5);
    assertEquals(89.9897, data.std(), 5e-5);
    try (BatchIterator batches = data.test().batches(2000, Order.sequential())) {
      Batch batch = batches.next();
      assertArrayEquals(new long[] {2000, 28, 28, 1}, batch.labels().shape());
      float[] raw = batch.features().mul(data.std()).add(data.mean()).data().asFloat();
      float[] masks = batch.labels().data().asFloat();
      long garment = 0;
      for (int i = 0; i < masks.length; i++) {
        assertEquals(raw[i] > 25.5f ? 1f : 0f, masks[i], "pixel " + i + ", raw value " + raw[i]);
        garment += (long) masks[i];
      }
      double share = garment / (double) masks.length;
      assertTrue(share > 0.3 && share < 0.7, "garment share " + share);
    }
  }

  @Test
  void uNetTrainsThroughTheHarnessAndItsLossFalls() {
    TrainingBenchmark training = new TrainingBenchmark(BenchNetwork.UNET, data, 42, 0.01);
    TrainingBenchmark.Outcome first = training.run(16, 0, 1, null);
    LayerTimes times = new LayerTimes();
    TrainingBenchmark.Outcome outcome = training.run(16, 10, 30, times);
    WindowFigures f = outcome.figures();
    assertEquals(30, f.steps());
    assertEquals(480, f.samples());
    assertTrue(f.seconds() > 0 && f.samplesPerSecond() > 0, f.toString());
    assertTrue(outcome.loss() < first.loss(), "running loss " + outcome.loss() + " after 40 steps, first "
        + first.loss());
    assertTrue(outcome.accuracy() > 0 && outcome.accuracy() <= 1, "pixel accuracy " + outcome.accuracy());
    List<LayerTime> layers = times.perPass(outcome.trainer().model().summary(), f.steps());
    assertEquals(List.of("enc1", "down1", "enc2", "down2", "bottleneck", "up2", "skip2", "dec2", "up1", "skip1",
        "dec1", "mask"), layers.stream().map(LayerTime::layer).toList());
  }

  @Test
  void uNetInferenceGivesAMaskPerImage() {
    TrainingBenchmark training = new TrainingBenchmark(BenchNetwork.UNET, data, 42, 0.01);
    INDArray images = data.test().featuresArray().get(NDArrayIndex.interval(0, 300), NDArrayIndex.all(),
        NDArrayIndex.all(), NDArrayIndex.all());
    PredictBenchmark predict = new PredictBenchmark(training.untrained(), images);
    predict.warmUp(256);
    WindowFigures f = predict.run(256, null);
    assertEquals(2, f.steps());
    assertEquals(300, f.samples());
    assertTrue(f.samplesPerSecond() > 0, f.toString());
  }

  @Test
  void aClassifierIsNotGivenMasks() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new TrainingBenchmark(BenchNetwork.CNN, data, 42, 0.01));
    assertEquals("FashionCnn learns CLASSIFICATION, but the data hold the targets of SEGMENTATION", e.getMessage());
  }
}
