package dev.lamina.runtime.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lamina.runtime.callback.ModelCheckpoint;
import dev.lamina.runtime.io.CheckpointInfo;
import dev.lamina.runtime.loss.Losses;
import dev.lamina.runtime.metric.MetricKey;
import dev.lamina.runtime.metric.Metrics;
import dev.lamina.runtime.optim.Adam;
import dev.lamina.runtime.testing.Blobs;
import dev.lamina.runtime.testing.TestDataset;
import dev.lamina.runtime.testing.TestNet;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 4 epochs straight, against 2 epochs, a checkpoint, a fresh network loaded from it and 2 more
 * epochs: identical weights, optimizer state and figures (shuffling, dropout and Adam's bias
 * correction all depend on the epoch and iteration count, so this fails if any is not restored).
 */
class ResumeTest {
  private static final TestDataset TRAIN = Blobs.make(150, 21);
  private static final TestDataset VALID = Blobs.make(45, 22);

  @TempDir
  Path dir;

  private static Trainer trainer(long initSeed) {
    TestNet net = TestNet.builder(new int[] {2, 2, 1}, 3).hidden(12, 0.3).seed(initSeed).build();
    return Trainer.builder(net).loss(Losses.sparseCategoricalCrossentropy())
        .optimizer(Adam.builder().learningRate(0.01).build()).metrics(Metrics.accuracy()).build();
  }

  private static FitConfig config(int epochs) {
    return FitConfig.builder().epochs(epochs).batchSize(20).validationData(VALID).seed(2024)
        .verbosity(Verbosity.SILENT).build();
  }

  @Test
  void resumingFromACheckpointContinuesExactly() throws Exception {
    Trainer straight = trainer(1);
    History full = straight.fit(TRAIN, config(4));

    Trainer first = trainer(1);
    Path checkpoint = dir.resolve("epoch.npz");
    first.fit(TRAIN, config(2).toBuilder().callbacks(ModelCheckpoint.builder(checkpoint).build()).build());

    Trainer resumed = trainer(99);
    CheckpointInfo info = resumed.restore(checkpoint);
    assertEquals(2, info.epoch());
    assertEquals(2024, info.seed());
    History rest = resumed.fit(TRAIN, config(4).toBuilder().initialEpoch(info.epoch()).build());

    assertEquals(List.of(2, 3), rest.epochs());
    assertArrayEquals(straight.model().parameters().values().toFloatVector(),
        resumed.model().parameters().values().toFloatVector(), 0f);
    assertEquals(straight.optimizer().iterations(), resumed.optimizer().iterations());
    assertEquals(straight.optimizer().slots().get("velocity"), resumed.optimizer().slots().get("velocity"));
    for (MetricKey key : full.keys()) {
      double[] all = full.values(key);
      assertArrayEquals(new double[] {all[2], all[3]}, rest.values(key), 0, key.logName());
    }
  }

  @Test
  void trainerSaveAndRestoreResumeToo() throws Exception {
    Trainer straight = trainer(5);
    straight.fit(TRAIN, config(3));

    Trainer first = trainer(5);
    first.fit(TRAIN, config(1));
    Path file = dir.resolve("trainer.npz");
    first.save(file);
    IllegalArgumentException root = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> first.save(Path.of("/")));
    assertEquals("cannot write to /: the path must name a file, not a root directory", root.getMessage());
    Trainer resumed = trainer(6);
    int epoch = resumed.restore(file).epoch();
    resumed.fit(TRAIN, config(3).toBuilder().initialEpoch(epoch).build());
    assertArrayEquals(straight.model().parameters().values().toFloatVector(),
        resumed.model().parameters().values().toFloatVector(), 0f);
    assertEquals(3, resumed.completedEpochs());
  }
}
