package dev.lamina.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lamina.runtime.callback.ModelCheckpoint;
import dev.lamina.runtime.io.CheckpointInfo;
import dev.lamina.runtime.loss.Losses;
import dev.lamina.runtime.optim.Adam;
import dev.lamina.runtime.train.FitConfig;
import dev.lamina.runtime.train.Verbosity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A task that fails is retried by Spark and training goes on with the same loss curve; a new driver
 * resumes from the last checkpoint bit-identically. Shuffled epochs, 2 partitions, real Fashion-MNIST.
 */
class SparkFaultToleranceTest {
  static final int EPOCHS = 2;
  static final AtomicInteger INJECTED = new AtomicInteger();

  static SparkSession spark;
  static Dataset<Row> rows;

  @BeforeAll
  static void start() {
    spark = SparkSessions.local();
    rows = TestData.first(320).rows(spark, 2);
  }

  static SparkTrainer trainer(TaskHook hook) {
    return SparkTrainer.builder(spark, new NetworkSpec(SparkTrainerEquivalenceTest.NETWORK, 9))
        .loss(Losses::sparseCategoricalCrossentropy).optimizer(Adam.builder().learningRate(2e-3).build())
        .partitions(2).taskHook(hook).build();
  }

  static FitConfig.Builder config(SparkTrainerEquivalenceTest.StepLosses losses) {
    return FitConfig.builder().epochs(EPOCHS).batchSize(32).shuffle(true).seed(21).verbosity(Verbosity.SILENT)
        .callbacks(losses);
  }

  static double[] curve(SparkTrainerEquivalenceTest.StepLosses losses) {
    return losses.losses.stream().mapToDouble(Double::doubleValue).toArray();
  }

  @Test
  void aTaskFailingAtStepKIsRetriedAndTheLossCurveIsUnchanged() {
    SparkTrainerEquivalenceTest.StepLosses clean = new SparkTrainerEquivalenceTest.StepLosses();
    SparkTrainer reference = trainer(null);
    reference.fit(rows, config(clean).build());

    SparkTrainerEquivalenceTest.StepLosses faulty = new SparkTrainerEquivalenceTest.StepLosses();
    SparkTrainer failing = trainer((epoch, step, partition, attempt) -> {
      if (epoch == 1 && step == 3 && partition == 1 && attempt == 0) {
        INJECTED.incrementAndGet();
        throw new IllegalStateException("injected failure: epoch 2, step 4, partition 1");
      }
    });
    failing.fit(rows, config(faulty).build());

    assertEquals(1, INJECTED.get(), "the injected failure happened once");
    assertEquals(20, clean.losses.size());
    assertArrayEquals(curve(clean), curve(faulty), 0.0, "loss curve with a failed and retried task");
    assertArrayEquals(reference.model().parameters().values().toFloatVector(),
        failing.model().parameters().values().toFloatVector(), 0f);
    System.out.printf("task failure injected at epoch 2 step 4 (partition 1), retried: %d steps, loss curve"
        + " identical (%.5f -> %.5f), final weights identical%n", clean.losses.size(), clean.losses.get(0),
        clean.losses.get(clean.losses.size() - 1));
  }

  @Test
  void aRestartedDriverResumesFromTheLastCheckpointBitIdentically(@TempDir Path dir) throws Exception {
    SparkTrainerEquivalenceTest.StepLosses full = new SparkTrainerEquivalenceTest.StepLosses();
    SparkTrainer uninterrupted = trainer(null);
    uninterrupted.fit(rows, config(full).build());

    // a first driver trains one epoch, checkpointing, and goes away
    Path checkpoint = dir.resolve("run.lamina");
    SparkTrainerEquivalenceTest.StepLosses first = new SparkTrainerEquivalenceTest.StepLosses();
    trainer(null).fit(rows, config(first).epochs(1)
        .callbacks(first, ModelCheckpoint.builder(checkpoint).build()).build());

    // a new driver restores it and finishes
    SparkTrainer resumed = trainer(null);
    CheckpointInfo info = resumed.restore(checkpoint);
    SparkTrainerEquivalenceTest.StepLosses second = new SparkTrainerEquivalenceTest.StepLosses();
    resumed.fit(rows, config(second).initialEpoch(info.epoch()).build());

    List<Double> joined = new ArrayList<>(first.losses);
    joined.addAll(second.losses);
    assertEquals(1, info.epoch());
    assertArrayEquals(curve(full), joined.stream().mapToDouble(Double::doubleValue).toArray(), 0.0);
    assertArrayEquals(uninterrupted.model().parameters().values().toFloatVector(),
        resumed.model().parameters().values().toFloatVector(), 0f);
    System.out.printf("driver restart after epoch 1 from %s: %d + %d steps, loss curve and final weights"
        + " bit-identical to an uninterrupted run%n", checkpoint.getFileName(), first.losses.size(),
        second.losses.size());
  }
}
