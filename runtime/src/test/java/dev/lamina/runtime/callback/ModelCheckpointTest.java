package dev.lamina.runtime.callback;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.runtime.io.CheckpointInfo;
import dev.lamina.runtime.io.Checkpoints;
import dev.lamina.runtime.loss.Losses;
import dev.lamina.runtime.metric.Logs;
import dev.lamina.runtime.metric.MetricKey;
import dev.lamina.runtime.metric.Metrics;
import dev.lamina.runtime.optim.Sgd;
import dev.lamina.runtime.testing.Blobs;
import dev.lamina.runtime.testing.StubContext;
import dev.lamina.runtime.testing.TestNet;
import dev.lamina.runtime.train.FitConfig;
import dev.lamina.runtime.train.History;
import dev.lamina.runtime.train.Trainer;
import dev.lamina.runtime.train.Verbosity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ModelCheckpoint writes only improvements with saveBestOnly, every epoch otherwise. */
class ModelCheckpointTest {
  @TempDir
  Path dir;

  @Test
  void saveBestOnlyWritesOnlyImprovements() {
    StubContext context = new StubContext(TestNet.builder(new int[] {1, 1, 2}, 2).build(), null,
        List.of(MetricKey.LOSS, MetricKey.VAL_LOSS), 6, 1);
    ModelCheckpoint checkpoint = ModelCheckpoint.perEpoch(epoch -> dir.resolve("model-" + epoch + ".npz"))
        .saveBestOnly(true).build();
    checkpoint.onTrainBegin(context);
    double[] valLoss = {0.5, 0.6, 0.4, 0.4, Double.NaN, 0.3};
    for (int epoch = 0; epoch < valLoss.length; epoch++) {
      checkpoint.onEpochEnd(context, epoch, Logs.of(Map.of(MetricKey.VAL_LOSS, valLoss[epoch])));
    }
    // improvements at epochs 0, 2 and 5 (0.4 does not beat 0.4; NaN never improves); files use 1-based epochs
    assertEquals(List.of(dir.resolve("model-1.npz"), dir.resolve("model-3.npz"), dir.resolve("model-6.npz")),
        context.saved);
    assertEquals(3, checkpoint.saves());
  }

  @Test
  void withoutSaveBestOnlyEveryEpochIsSaved() {
    StubContext context = new StubContext(TestNet.builder(new int[] {1, 1, 2}, 2).build(), null,
        List.of(MetricKey.LOSS), 3, 1);
    ModelCheckpoint checkpoint = ModelCheckpoint.builder(dir.resolve("last.npz")).build();
    checkpoint.onTrainBegin(context);
    for (int epoch = 0; epoch < 3; epoch++) {
      checkpoint.onEpochEnd(context, epoch, Logs.of(Map.of(MetricKey.LOSS, 1.0 - epoch)));
    }
    assertEquals(3, context.saved.size());
  }

  @Test
  void inARealFitTheFileHoldsTheBestEpoch() throws Exception {
    TestNet net = TestNet.builder(new int[] {2, 2, 1}, 3).build();
    Trainer trainer = Trainer.builder(net).loss(Losses.sparseCategoricalCrossentropy())
        .optimizer(Sgd.builder().learningRate(0.5).build()).metrics(Metrics.accuracy()).build();
    Path file = dir.resolve("best.npz");
    float[][] weightsPerEpoch = new float[4][];
    Callback recorder = new Callback() {
      @Override
      public void onEpochEnd(TrainingContext context, int epoch, Logs logs) {
        weightsPerEpoch[epoch] = context.model().parameters().values().toFloatVector();
      }
    };
    History history = trainer.fit(Blobs.make(90, 2), FitConfig.builder().epochs(4).batchSize(30)
        .validationData(Blobs.make(30, 3)).verbosity(Verbosity.SILENT).seed(5)
        .callbacks(ModelCheckpoint.builder(file).saveBestOnly(true).build(), recorder).build());
    double[] valLoss = history.values(MetricKey.VAL_LOSS);
    int best = IntStream.range(0, 4).reduce((a, b) -> valLoss[b] < valLoss[a] ? b : a).orElseThrow();
    TestNet fresh = TestNet.builder(new int[] {2, 2, 1}, 3).seed(77).build();
    CheckpointInfo info = Checkpoints.load(file, fresh, null);
    assertEquals(best + 1, info.epoch());
    assertEquals(5, info.seed());
    assertTrue(info.optimizer().isPresent());
    assertArrayEquals(weightsPerEpoch[best], fresh.parameters().values().toFloatVector(), 0f);
    assertTrue(Files.list(dir).noneMatch(p -> p.getFileName().toString().endsWith(".partial")));
  }
}
