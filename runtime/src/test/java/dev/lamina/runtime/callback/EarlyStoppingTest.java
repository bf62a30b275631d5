package dev.lamina.runtime.callback;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.runtime.loss.Losses;
import dev.lamina.runtime.metric.Logs;
import dev.lamina.runtime.metric.MetricKey;
import dev.lamina.runtime.optim.Sgd;
import dev.lamina.runtime.testing.Blobs;
import dev.lamina.runtime.testing.StubContext;
import dev.lamina.runtime.testing.TestNet;
import dev.lamina.runtime.train.FitConfig;
import dev.lamina.runtime.train.History;
import dev.lamina.runtime.train.Trainer;
import dev.lamina.runtime.train.Verbosity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** EarlyStopping on scripted metric sequences, and inside a real fit. */
class EarlyStoppingTest {
  private static final List<MetricKey> KEYS = List.of(MetricKey.LOSS, MetricKey.VAL_LOSS);

  /** Feeds val_loss values until the callback asks to stop; returns the epochs run. */
  private static int run(EarlyStopping callback, StubContext context, double... valLoss) {
    callback.onTrainBegin(context);
    for (int epoch = 0; epoch < valLoss.length; epoch++) {
      callback.onEpochEnd(context, epoch, Logs.of(Map.of(MetricKey.LOSS, 1.0, MetricKey.VAL_LOSS, valLoss[epoch])));
      if (context.stopRequested()) {
        callback.onTrainEnd(context, Logs.empty());
        return epoch + 1;
      }
    }
    callback.onTrainEnd(context, Logs.empty());
    return valLoss.length;
  }

  private static StubContext context() {
    return new StubContext(TestNet.builder(new int[] {1, 1, 2}, 2).build(), null, KEYS, 20, 1);
  }

  @Test
  void tutorialSettingsStopAfterFiveEpochsWithoutAnImprovementOfMoreThanMinDelta() {
    // EarlyStopping(patience=5, min_delta=1e-3) on val_loss:
    // epoch 0: 1.0 best; 1: 0.9 best; 2: 0.8995 (gain 5e-4 < 1e-3, wait 1); 3: 0.8992 (wait 2);
    // 4: 0.85 best (wait 0); 5: 0.8495 (wait 1); 6: 0.8492 (wait 2); 7: 0.86 (wait 3); 8: 0.8491 (wait 4);
    // 9: 0.8499 (wait 5 = patience: stop). Epoch 10's 0.5 is never seen.
    EarlyStopping stopping = EarlyStopping.builder().patience(5).minDelta(1e-3).build();
    int epochs = run(stopping, context(), 1.0, 0.9, 0.8995, 0.8992, 0.85, 0.8495, 0.8492, 0.86, 0.8491, 0.8499, 0.5);
    assertEquals(10, epochs);
    assertEquals(9, stopping.stoppedEpoch());
    assertEquals(4, stopping.bestEpoch());
    assertEquals(0.85, stopping.best());
  }

  @Test
  void improvementsOfMoreThanMinDeltaKeepTrainingGoing() {
    EarlyStopping stopping = EarlyStopping.builder().patience(1).minDelta(0.01).build();
    assertEquals(6, run(stopping, context(), 1.0, 0.98, 0.96, 0.94, 0.92, 0.90));
    assertEquals(-1, stopping.stoppedEpoch());
    // patience 0 (Keras's default) stops at the first epoch without improvement, but never at epoch 0
    EarlyStopping impatient = EarlyStopping.builder().build();
    assertEquals(3, run(impatient, context(), 1.0, 0.9, 0.95, 0.8));
  }

  @Test
  void maxModeForAccuracies() {
    StubContext context = new StubContext(TestNet.builder(new int[] {1, 1, 2}, 2).build(), null,
        List.of(MetricKey.LOSS, MetricKey.VAL_ACCURACY), 20, 1);
    EarlyStopping stopping = EarlyStopping.builder().monitor(MetricKey.VAL_ACCURACY).patience(2).build();
    stopping.onTrainBegin(context);
    double[] accuracy = {0.5, 0.6, 0.55, 0.58, 0.9};
    int epoch = 0;
    for (; epoch < accuracy.length && !context.stopRequested(); epoch++) {
      stopping.onEpochEnd(context, epoch, Logs.of(Map.of(MetricKey.VAL_ACCURACY, accuracy[epoch])));
    }
    assertEquals(4, epoch, "AUTO mode maximizes accuracy: 0.55 and 0.58 do not beat 0.6");
    assertEquals(1, stopping.bestEpoch());
  }

  @Test
  void baselineMustBeBeatenBeforeTheWaitRestarts() {
    // Epochs 0 and 1 improve but stay above the baseline 0.5, so the wait is not reset (Keras: wait 1, 2);
    // epoch 2 does not improve and the wait (3) exceeds patience 2: stop. Without a baseline the wait restarts
    // at each improvement and all four epochs run.
    EarlyStopping stopping = EarlyStopping.builder().patience(2).baseline(0.5).build();
    assertEquals(3, run(stopping, context(), 1.0, 0.9, 0.95, 0.8));
    assertEquals(1, stopping.bestEpoch());
    assertEquals(4, run(EarlyStopping.builder().patience(2).build(), context(), 1.0, 0.9, 0.95, 0.8));
  }

  @Test
  void restoresTheBestWeightsAtTheEnd() {
    StubContext context = context();
    EarlyStopping stopping = EarlyStopping.builder().patience(1).restoreBestWeights(true).build();
    stopping.onTrainBegin(context);
    double[] valLoss = {0.9, 0.5, 0.7};
    for (int epoch = 0; epoch < valLoss.length; epoch++) {
      context.model().parameters().values().assign(epoch);
      stopping.onEpochEnd(context, epoch, Logs.of(Map.of(MetricKey.VAL_LOSS, valLoss[epoch])));
    }
    assertTrue(context.stopRequested());
    stopping.onTrainEnd(context, Logs.empty());
    float[] weights = context.model().parameters().values().toFloatVector();
    float[] expected = new float[weights.length];
    java.util.Arrays.fill(expected, 1);
    assertArrayEquals(expected, weights, 0f);
  }

  @Test
  void aMissingMonitorFailsBeforeTraining() {
    StubContext noValidation = new StubContext(TestNet.builder(new int[] {1, 1, 2}, 2).build(), null,
        List.of(MetricKey.LOSS, MetricKey.ACCURACY), 5, 1);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> EarlyStopping.builder().build().onTrainBegin(noValidation));
    assertEquals("EarlyStopping monitors val_loss but the epochs will log [loss, accuracy]; add validation data to"
        + " the fit configuration or monitor a training figure", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> EarlyStopping.builder().patience(-1).build());
    assertThrows(IllegalArgumentException.class, () -> EarlyStopping.builder().minDelta(-1e-3).build());
  }

  @Test
  void stopsARealFit() {
    TestNet net = TestNet.builder(new int[] {2, 2, 1}, 3).build();
    Trainer trainer = Trainer.builder(net).loss(Losses.sparseCategoricalCrossentropy())
        .optimizer(Sgd.builder().learningRate(0.1).build()).build();
    // no epoch can improve the loss by 10: epoch 0 sets the best, epoch 1 exhausts patience 1
    EarlyStopping stopping = EarlyStopping.builder().monitor(MetricKey.LOSS).patience(1).minDelta(10).build();
    History history = trainer.fit(Blobs.make(60, 1), FitConfig.builder().epochs(10).batchSize(30)
        .verbosity(Verbosity.SILENT).callbacks(stopping).build());
    assertEquals(2, history.size());
    assertEquals(1, stopping.stoppedEpoch());
    assertFalse(Double.isNaN(history.last().get(MetricKey.LOSS)));
  }
}
