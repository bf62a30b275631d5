package dev.lamina.bench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.bench.measure.WindowFigures;
import dev.lamina.bench.result.LayerTime;
import dev.lamina.bench.workload.BenchNetwork;
import dev.lamina.runtime.data.mnist.FashionMnist;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.indexing.NDArrayIndex;

/** The harness on the real Fashion-MNIST files with the generated FashionCnn: a few steps, no timing checked. */
class BenchmarksOnRealDataTest {
  private static FashionSplits data;

  @BeforeAll
  static void load() throws IOException {
    data = FashionSplits.load(FashionMnist.DEBIAN_DIRECTORY, 5000);
  }

  @Test
  void dataArePreparedAsThePeersPrepareThem() {
    assertEquals(55_000, data.train().size());
    assertEquals(10_000, data.test().size());
    assertEquals(72.9379, data.mean(), 5e-5);
    assertEquals(89.9897, data.std(), 5e-5);
  }

  @Test
  void aTrainingWindowThroughTheTrainerWithTheProfiler() {
    TrainingBenchmark training = new TrainingBenchmark(BenchNetwork.CNN, data, 42, 0.01);
    LayerTimes times = new LayerTimes();
    TrainingBenchmark.Outcome outcome = training.run(8, 1, 2, times);
    WindowFigures f = outcome.figures();
    assertEquals(2, f.steps());
    assertEquals(16, f.samples());
    assertTrue(f.seconds() > 0);
    assertTrue(f.heapBytes() > 0 && f.nativeObjects() >= 0, f.toString());
    assertTrue(Double.isFinite(outcome.loss()) && outcome.loss() > 0, "loss " + outcome.loss());
    assertTrue(outcome.accuracy() >= 0 && outcome.accuracy() <= 1, "accuracy " + outcome.accuracy());
    List<LayerTime> layers = times.perPass(outcome.trainer().model().summary(), f.steps());
    assertEquals("conv1", layers.get(0).layer());
    assertEquals(12, layers.size());
    assertTrue(layers.stream().allMatch(l -> l.forwardMillis() > 0 && l.backwardMillis() > 0), layers.toString());
    assertEquals(1719, training.stepsPerEpoch(32));
  }

  @Test
  void inferenceOverAllGivenImagesInBatches() {
    TrainingBenchmark training = new TrainingBenchmark(BenchNetwork.SEPARABLE, data, 42, 0.01);
    PredictBenchmark predict = new PredictBenchmark(training.untrained(),
        data.test().featuresArray().get(NDArrayIndex.interval(0, 300), NDArrayIndex.all(), NDArrayIndex.all(),
            NDArrayIndex.all()));
    predict.warmUp(256);
    LayerTimes times = new LayerTimes();
    WindowFigures f = predict.run(256, times);
    assertEquals(2, f.steps());
    assertEquals(300, f.samples());
    assertTrue(times.perPass(training.untrained().model().summary(), 2).get(0).forwardMillis() > 0);
  }
}
