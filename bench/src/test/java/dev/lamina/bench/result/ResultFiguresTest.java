package dev.lamina.bench.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lamina.bench.testing.Fixtures;
import dev.lamina.bench.workload.BenchNetwork;
import dev.lamina.bench.workload.Workload;
import dev.lamina.bench.workload.WorkloadKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultFiguresTest {
  @Test
  void flopConventionGivesTheIssuesFiguresForTheConvNet() {
    assertEquals(58.55, Flops.forward(Fixtures.CNN_MACS) / 1e6, 0.01);
    assertEquals(175.66, Flops.trainingStep(Fixtures.CNN_MACS) / 1e6, 0.01);
  }

  @Test
  void workloadResultUsesTheMedianRepeat() {
    WorkloadResult r = Fixtures.training(BenchNetwork.CNN, 32, 3000, 1000, 2000, 5000);
    assertEquals(List.of(3000.0, 1000.0, 2000.0, 5000.0), r.samplesPerSecondByRepeat().stream()
        .map(v -> Math.rint(v * 1e6) / 1e6).toList());
    assertEquals(2500, r.samplesPerSecond(), 1e-6);
    assertEquals(2500 * 6.0 * Fixtures.CNN_MACS / 1e9, r.gflops(), 1e-6);
    assertEquals(5000, r.last().samplesPerSecond(), 1e-6);
  }

  @Test
  void aResultNeedsARepeat() {
    assertThrows(IllegalArgumentException.class, () -> new WorkloadResult(
        new Workload(BenchNetwork.CNN, WorkloadKind.TRAIN, 32), 20, List.of(), 1, null, null));
  }

  @Test
  void epochTimeAndShareOfTheCeiling() {
    WorkloadResult r = Fixtures.training(BenchNetwork.CNN, 32, 1000);
    NetworkRun run = Fixtures.run(BenchNetwork.CNN, List.of(r), List.of());
    assertEquals(55.0, run.derivedEpochSeconds(r), 1e-9);
    assertEquals(100 * 1000 * 6.0 * Fixtures.CNN_MACS / 1e9 / 200, run.percentOfCeiling(r), 1e-9);
  }

  @Test
  void profileTimeOutsideTheLayers() {
    LayerProfile p = Fixtures.profile(BenchNetwork.CNN);
    assertEquals(6.0, p.modelMillis(), 1e-12);
    assertEquals(4.0, p.outsideMillis(), 1e-12);
    assertEquals(3.0, p.layers().get(0).totalMillis(), 1e-12);
  }

  @Test
  void threadsDescription() {
    assertEquals("ND4J 2 (master 1), BLAS 2, OMP_NUM_THREADS=unset",
        new Threads(2, 1, 2, null, null, null).describe());
    assertEquals("ND4J 2 (master 2), BLAS 2, OMP_NUM_THREADS=2, OMP_WAIT_POLICY=PASSIVE, OPENBLAS_CORETYPE=Haswell",
        new Threads(2, 2, 2, "2", "PASSIVE", "Haswell").describe());
  }
}
