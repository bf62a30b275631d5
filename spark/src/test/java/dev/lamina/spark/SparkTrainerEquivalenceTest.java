package dev.lamina.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.runtime.callback.Callback;
import dev.lamina.runtime.callback.TrainingContext;
import dev.lamina.runtime.data.array.ArrayDataset;
import dev.lamina.runtime.loss.Losses;
import dev.lamina.runtime.metric.Logs;
import dev.lamina.runtime.metric.MetricKey;
import dev.lamina.runtime.metric.Metrics;
import dev.lamina.runtime.optim.Adam;
import dev.lamina.runtime.train.Evaluation;
import dev.lamina.runtime.train.FitConfig;
import dev.lamina.runtime.train.Trainer;
import dev.lamina.runtime.train.Verbosity;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Spark with 2 partitions of 16 examples per step computes what {@link Trainer} with 2 micro-batches
 * of 16 computes, on real Fashion-MNIST: the same losses at every step and the same final weights;
 * evaluation and prediction agree with the trainer's.
 */
class SparkTrainerEquivalenceTest {
  static final String NETWORK = "dev.lamina.samples.nets.WholeNets.SmallFashionCnn";
  static final int STEPS = 50;
  static final int HALF = 16;
  static final double TOLERANCE = 1e-5;

  static SparkSession spark;
  static TestData data;

  @BeforeAll
  static void start() {
    spark = SparkSessions.local();
    data = TestData.first(2 * HALF * STEPS);
  }

  /** Per-step losses recovered from the running means fit reports. */
  static final class StepLosses implements Callback {
    final List<Double> losses = new ArrayList<>();
    private double previousSum;

    @Override
    public void onBatchEnd(TrainingContext context, int batch, Logs logs) {
      if (batch == 0) {
        previousSum = 0; // running means restart with each epoch
      }
      double sum = logs.get(MetricKey.LOSS) * (batch + 1);
      losses.add(sum - previousSum);
      previousSum = sum;
    }
  }

  static FitConfig config(int microBatches, Callback recorder) {
    return FitConfig.builder().epochs(1).batchSize(2 * HALF).microBatches(microBatches).shuffle(false).seed(11)
        .verbosity(Verbosity.SILENT).callbacks(recorder).build();
  }

  @Test
  void sparkTrainingEqualsLocalGradientAccumulationStepByStep() {
    // Spark's shard 0 holds rows [0, 800), shard 1 rows [800, 1600); step s takes 16 of each, in order.
    int[] order = new int[data.count()];
    int half = data.count() / 2;
    for (int s = 0; s < STEPS; s++) {
      for (int i = 0; i < HALF; i++) {
        order[s * 2 * HALF + i] = s * HALF + i;
        order[s * 2 * HALF + HALF + i] = half + s * HALF + i;
      }
    }
    ArrayDataset local = data.local(order);
    NetworkSpec spec = new NetworkSpec(NETWORK, 5);

    Trainer trainer = Trainer.builder(spec.create()).loss(Losses.sparseCategoricalCrossentropy())
        .optimizer(Adam.builder().learningRate(1e-3).build()).metrics(Metrics.accuracy()).build();
    StepLosses localLosses = new StepLosses();
    var localHistory = trainer.fit(local, config(2, localLosses));

    SparkTrainer sparkTrainer = SparkTrainer.builder(spark, spec).loss(Losses::sparseCategoricalCrossentropy)
        .optimizer(Adam.builder().learningRate(1e-3).build()).metrics(Metrics.accuracy()).partitions(2).build();
    StepLosses sparkLosses = new StepLosses();
    Dataset<Row> rows = data.rows(spark, 2);
    var sparkHistory = sparkTrainer.fit(rows, config(1, sparkLosses));

    assertEquals(STEPS, localLosses.losses.size());
    assertEquals(STEPS, sparkLosses.losses.size());
    double worstLoss = 0;
    for (int s = 0; s < STEPS; s++) {
      double a = localLosses.losses.get(s);
      double b = sparkLosses.losses.get(s);
      worstLoss = Math.max(worstLoss, Math.abs(a - b) / Math.max(1e-12, Math.abs(a)));
    }
    INDArray w1 = trainer.model().parameters().values();
    INDArray w2 = sparkTrainer.model().parameters().values();
    double worstWeight = w1.sub(w2).norm2Number().doubleValue() / w1.norm2Number().doubleValue();
    double maxAbs = w1.sub(w2).amaxNumber().doubleValue();
    System.out.printf("Spark (2 x 16) vs Trainer (2 micro-batches of 16), %d steps: worst relative step-loss"
        + " difference %.3e, relative weight difference (L2) %.3e, max |dw| %.3e; losses %.5f -> %.5f%n", STEPS,
        worstLoss, worstWeight, maxAbs, localLosses.losses.get(0), localLosses.losses.get(STEPS - 1));
    assertTrue(worstLoss <= TOLERANCE, "step losses differ by " + worstLoss);
    assertTrue(worstWeight <= TOLERANCE, "final weights differ by " + worstWeight);
    assertEquals(localHistory.values(MetricKey.ACCURACY)[0], sparkHistory.values(MetricKey.ACCURACY)[0], 1e-12);
    assertTrue(localLosses.losses.get(STEPS - 1) < localLosses.losses.get(0), "the network learned nothing");

    // evaluate and predict with the trained weights: Spark against Trainer
    Evaluation expected = trainer.evaluate(local, 32);
    SparkEvaluation actual = sparkTrainer.evaluate(rows, 32);
    System.out.printf("evaluate: Trainer loss %.6f accuracy %.4f; Spark loss %.6f accuracy %.4f%n",
        expected.loss(), expected.get(MetricKey.ACCURACY), actual.loss(), actual.accuracy());
    assertEquals(expected.loss(), actual.loss(), TOLERANCE * expected.loss());
    assertEquals(expected.get(MetricKey.ACCURACY), actual.accuracy(), 1e-12);
    assertEquals(local.size(), actual.examples());

    INDArray probabilities = trainer.predict(data.local(java.util.stream.IntStream.range(0, data.count()).toArray())
        .batches(data.count()).next().features().dup(), 32);
    List<Row> predicted = sparkTrainer.predict(rows).select("prediction", "probability").collectAsList();
    assertEquals(data.count(), predicted.size());
    double worstProbability = 0;
    for (int i = 0; i < predicted.size(); i++) {
      int cls = probabilities.getRow(i).argMax().getInt(0);
      assertEquals(cls, predicted.get(i).getInt(0), "row " + i);
      worstProbability = Math.max(worstProbability, Math.abs(probabilities.getFloat(i, cls) - predicted.get(i).getFloat(1)));
    }
    System.out.printf("predict: %d rows, same classes, max probability difference %.3e%n", predicted.size(),
        worstProbability);
    assertTrue(worstProbability <= TOLERANCE);
  }
}
