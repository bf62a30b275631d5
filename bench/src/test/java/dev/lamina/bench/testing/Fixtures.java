package dev.lamina.bench.testing;

import dev.lamina.bench.measure.GemmCeiling;
import dev.lamina.bench.measure.GemmPoint;
import dev.lamina.bench.measure.Machine;
import dev.lamina.bench.measure.WindowFigures;
import dev.lamina.bench.result.Flops;
import dev.lamina.bench.result.LayerProfile;
import dev.lamina.bench.result.LayerTime;
import dev.lamina.bench.result.NetworkRun;
import dev.lamina.bench.result.Threads;
import dev.lamina.bench.result.WorkloadResult;
import dev.lamina.bench.workload.BenchNetwork;
import dev.lamina.bench.workload.Workload;
import dev.lamina.bench.workload.WorkloadKind;
import java.util.ArrayList;
import java.util.List;

/** Made-up results with round numbers, for tests of the reports. */
public final class Fixtures {
  /** FashionCnn's forward multiply-accumulates per example. */
  public static final long CNN_MACS = 29_275_904;

  private Fixtures() {}

  /** A window of {@code steps} steps of {@code batch} examples taking {@code seconds}. */
  public static WindowFigures window(int steps, int batch, double seconds) {
    return new WindowFigures(steps, (long) steps * batch, seconds, 1000L * steps, 2L * steps, 1 << 20, 0, 0);
  }

  /** A training result whose repeats ran at the given samples/s (300 steps each). */
  public static WorkloadResult training(BenchNetwork network, int batch, double... samplesPerSecond) {
    List<WindowFigures> repeats = new ArrayList<>();
    for (double rate : samplesPerSecond) {
      repeats.add(window(300, batch, 300.0 * batch / rate));
    }
    return new WorkloadResult(new Workload(network, WorkloadKind.TRAIN, batch), 20, repeats,
        Flops.trainingStep(CNN_MACS), 0.6574, 0.7608);
  }

  /** An inference result at batch 256 whose repeats ran at the given samples/s (10,000 examples). */
  public static WorkloadResult predict(BenchNetwork network, double... samplesPerSecond) {
    List<WindowFigures> repeats = new ArrayList<>();
    for (double rate : samplesPerSecond) {
      repeats.add(new WindowFigures(40, 10_000, 10_000 / rate, 40_000, 160, 0, 0, 0));
    }
    return new WorkloadResult(new Workload(network, WorkloadKind.PREDICT, 256), 1, repeats,
        Flops.forward(CNN_MACS), null, null);
  }

  /** A network run with these results, a 200 GFLOP/s ceiling, 1 GiB peak RSS, and the given profiles. */
  public static NetworkRun run(BenchNetwork network, List<WorkloadResult> results, List<LayerProfile> profiles) {
    return new NetworkRun(network, "2026-11-29T12:00:00Z",
        new Machine("Test CPU, 2 cores", 2, "17.0.15", "OpenJDK 64-Bit Server VM", "Linux"),
        new Threads(2, 2, 2, "2", null, "Haswell"), network.params(), CNN_MACS, 55_000, 72.9379, 89.9897,
        new GemmCeiling(List.of(new GemmPoint(1024, 10.737, 200.0), new GemmPoint(2048, 171.8, 100.0))), 1L << 30,
        4L << 30, null, results, profiles);
  }

  /** A training profile: two layers of 1 ms forward and 2 ms backward each in a 10 ms step. */
  public static LayerProfile profile(BenchNetwork network) {
    return new LayerProfile(new Workload(network, WorkloadKind.TRAIN, 32), 300, 10.0,
        List.of(new LayerTime("conv1", 1000, 1.0, 2.0), new LayerTime("dense1", 2000, 1.0, 2.0)));
  }
}
