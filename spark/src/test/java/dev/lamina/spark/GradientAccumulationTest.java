package dev.lamina.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.runtime.data.array.ArrayDataset;
import dev.lamina.runtime.loss.Losses;
import dev.lamina.runtime.optim.Sgd;
import dev.lamina.runtime.train.FitConfig;
import dev.lamina.runtime.train.Trainer;
import dev.lamina.runtime.train.Verbosity;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * {@code FitConfig.microBatches}: a step of 4 micro-batches of 8 applies the mean gradient of all 32
 * examples, so it trains as one batch of 32 up to the order of float sums (no batch normalization here).
 * Over 10 steps the two agree to about 1e-7; over more steps at this learning rate the rounding
 * differences grow (measured: equal to 1e-7 for 11 steps, 5.7e-3 apart at step 20), so the test stops
 * at 10.
 */
class GradientAccumulationTest {
  @Test
  void microBatchesTrainAsTheWholeBatch() {
    TestData data = TestData.first(320);
    ArrayDataset local = data.local(IntStream.range(0, 320).toArray());
    SparkTrainerEquivalenceTest.StepLosses whole = new SparkTrainerEquivalenceTest.StepLosses();
    SparkTrainerEquivalenceTest.StepLosses micro = new SparkTrainerEquivalenceTest.StepLosses();
    Trainer a = trainer();
    a.fit(local, FitConfig.builder().batchSize(32).shuffle(true).seed(4).verbosity(Verbosity.SILENT)
        .callbacks(whole).build());
    Trainer b = trainer();
    b.fit(local, FitConfig.builder().batchSize(32).microBatches(4).shuffle(true).seed(4)
        .verbosity(Verbosity.SILENT).callbacks(micro).build());
    assertEquals(10, micro.losses.size());
    double worst = 0;
    for (int i = 0; i < 10; i++) {
      worst = Math.max(worst, Math.abs(whole.losses.get(i) - micro.losses.get(i)) / whole.losses.get(i));
    }
    var d = a.model().parameters().values().sub(b.model().parameters().values());
    double weights = d.norm2Number().doubleValue() / a.model().parameters().values().norm2Number().doubleValue();
    System.out.printf("4 micro-batches of 8 vs batches of 32, 10 steps: worst relative loss difference %.2e,"
        + " relative weight difference %.2e%n", worst, weights);
    assertTrue(worst < 1e-5, "losses differ by " + worst);
    assertTrue(weights < 1e-5, "weights differ by " + weights);
  }

  @Test
  void microBatchesMustDivideTheBatch() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> FitConfig.builder().batchSize(30).microBatches(4).build());
    assertTrue(e.getMessage().contains("divide the batch size 30"), e.getMessage());
  }

  private static Trainer trainer() {
    return Trainer.builder(new NetworkSpec(SparkTrainerEquivalenceTest.NETWORK, 8).create())
        .loss(Losses.sparseCategoricalCrossentropy()).optimizer(Sgd.builder().learningRate(0.05).build()).build();
  }
}
