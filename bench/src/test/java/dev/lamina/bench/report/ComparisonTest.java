package dev.lamina.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.bench.peer.PeerRun;
import dev.lamina.bench.result.NetworkRun;
import dev.lamina.bench.testing.Fixtures;
import dev.lamina.bench.workload.BenchNetwork;
import dev.lamina.bench.workload.Framework;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComparisonTest {
  static PeerRun pytorch(BenchNetwork network, int batch, double train, Double predict) {
    return new PeerRun(Framework.PYTORCH, network, batch, 320, 20, train, predict, predict == null ? 0 : 256, 0.66, 0.76,
        2, "pytorch-" + network.peerName() + "-b" + batch + ".log");
  }

  static PeerRun dl4j(BenchNetwork network, int batch, double train) {
    return new PeerRun(Framework.DL4J, network, batch, 70, 10, train, null, 0, 0.7, 0.7, 2, "dl4j.log");
  }

  static Comparison example() {
    NetworkRun cnn = Fixtures.run(BenchNetwork.CNN, List.of(Fixtures.training(BenchNetwork.CNN, 32, 1900, 2000, 2100),
        Fixtures.training(BenchNetwork.CNN, 128, 4000), Fixtures.predict(BenchNetwork.CNN, 5000)), List.of());
    return Comparison.of(List.of(cnn), List.of(
        pytorch(BenchNetwork.CNN, 32, 900, 2500.0), pytorch(BenchNetwork.CNN, 32, 1000, 2500.0),
        pytorch(BenchNetwork.CNN, 32, 1100, 2500.0), pytorch(BenchNetwork.CNN, 128, 1600, null),
        dl4j(BenchNetwork.CNN, 32, 80), pytorch(BenchNetwork.SEPARABLE, 32, 1500, null)));
  }

  @Test
  void rowsFollowNetworkKindAndBatch() {
    assertEquals(List.of("cnn_train_b32", "cnn_train_b128", "cnn_predict_b256", "separable_train_b32"),
        example().rows().stream().map(r -> r.workload().id()).toList());
  }

  @Test
  void ratiosAreLaminasMedianOverThePeersMedian() {
    ComparisonRow b32 = example().rows().get(0);
    assertEquals(2000, b32.samplesPerSecond(Framework.LAMINA).getAsDouble(), 1e-9);
    assertEquals(1000, b32.samplesPerSecond(Framework.PYTORCH).getAsDouble(), 1e-9);
    assertEquals(80, b32.samplesPerSecond(Framework.DL4J).getAsDouble(), 1e-9);
    assertEquals(2.0, b32.ratioVs(Framework.PYTORCH).getAsDouble(), 1e-9);
    assertEquals(25.0, b32.ratioVs(Framework.DL4J).getAsDouble(), 1e-9);
    assertEquals(3, b32.count(Framework.LAMINA));
    assertEquals(3, b32.count(Framework.PYTORCH));
    assertEquals(1, b32.count(Framework.DL4J));
  }

  @Test
  void aWorkloadMissingOnOneSideHasNoRatio() {
    Comparison c = example();
    ComparisonRow b128 = c.rows().get(1);
    assertEquals(2.5, b128.ratioVs(Framework.PYTORCH).getAsDouble(), 1e-9);
    assertFalse(b128.ratioVs(Framework.DL4J).isPresent());
    ComparisonRow predict = c.rows().get(2);
    assertEquals(2.0, predict.ratioVs(Framework.PYTORCH).getAsDouble(), 1e-9);
    ComparisonRow separable = c.rows().get(3);
    assertTrue(separable.lamina().isEmpty());
    assertFalse(separable.ratioVs(Framework.PYTORCH).isPresent());
    assertEquals(1500, separable.samplesPerSecond(Framework.PYTORCH).getAsDouble(), 1e-9);
  }

  @Test
  void peersPresentAreListedInFrameworkOrder() {
    assertEquals(List.of(Framework.PYTORCH, Framework.DL4J), example().peersPresent());
  }

  @Test
  void twoLaminaResultsForOneWorkloadAreRejected() {
    NetworkRun a = Fixtures.run(BenchNetwork.CNN, List.of(Fixtures.training(BenchNetwork.CNN, 32, 1000)), List.of());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Comparison.of(List.of(a, a), List.of()));
    assertEquals("two Lamina results for cnn_train_b32; pass one result file per network", e.getMessage());
  }
}
