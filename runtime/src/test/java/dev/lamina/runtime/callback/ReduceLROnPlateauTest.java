package dev.lamina.runtime.callback;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lamina.runtime.metric.Logs;
import dev.lamina.runtime.metric.MetricKey;
import dev.lamina.runtime.optim.Sgd;
import dev.lamina.runtime.testing.StubContext;
import dev.lamina.runtime.testing.TestNet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** ReduceLROnPlateau on a scripted plateau. */
class ReduceLROnPlateauTest {

  @Test
  void lowersTheRateAfterPatienceWithCooldownAndFloor() {
    TestNet net = TestNet.builder(new int[] {1, 1, 2}, 2).build();
    Sgd sgd = Sgd.builder().learningRate(0.1).build();
    sgd.build(net.parameters());
    StubContext context = new StubContext(net, sgd, List.of(MetricKey.LOSS, MetricKey.VAL_LOSS), 12, 1);
    ReduceLROnPlateau reduce = ReduceLROnPlateau.builder().patience(2).factor(0.5).cooldown(1).minLr(0.02).build();
    reduce.onTrainBegin(context);
    // As Keras: a cooldown epoch first counts the cooldown down (and clears the wait), then, the cooldown being
    // over, counts the epoch as waiting. Epoch 0: best 1.0; 1: wait 1; 2: wait 2 -> 0.05, cooldown 1;
    // 3: cooldown 0, wait 1; 4: wait 2 -> 0.025, cooldown 1; 5: cooldown 0, wait 1;
    // 6: wait 2 -> max(0.0125, 0.02) = 0.02; 7: wait 1; 8..10: waiting, but 0.02 is not above minLr: no change;
    // 11: 0.5 improves.
    double[] expected = {0.1, 0.1, 0.05, 0.05, 0.025, 0.025, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02};
    double[] seen = new double[expected.length];
    for (int epoch = 0; epoch < expected.length; epoch++) {
      double loss = epoch == 11 ? 0.5 : 1.0;
      reduce.onEpochEnd(context, epoch, Logs.of(Map.of(MetricKey.VAL_LOSS, loss)));
      seen[epoch] = sgd.learningRate();
    }
    assertArrayEquals(expected, seen, 1e-15);
    assertEquals(3, reduce.reductions());
  }

  @Test
  void smallGainsBelowMinDeltaCountAsPlateau() {
    TestNet net = TestNet.builder(new int[] {1, 1, 2}, 2).build();
    Sgd sgd = Sgd.builder().learningRate(0.1).build();
    sgd.build(net.parameters());
    StubContext context = new StubContext(net, sgd, List.of(MetricKey.LOSS), 5, 1);
    ReduceLROnPlateau reduce = ReduceLROnPlateau.builder().monitor(MetricKey.LOSS).patience(2).build();
    reduce.onTrainBegin(context);
    double[] loss = {1.0, 0.99995, 0.9999};
    for (int epoch = 0; epoch < loss.length; epoch++) {
      reduce.onEpochEnd(context, epoch, Logs.of(Map.of(MetricKey.LOSS, loss[epoch])));
    }
    // gains of 5e-5 are below the default minDelta 1e-4: two plateau epochs lower the rate by 10
    assertEquals(0.01, sgd.learningRate(), 1e-15);
    assertThrows(IllegalArgumentException.class, () -> ReduceLROnPlateau.builder().factor(1.0).build());
  }
}
