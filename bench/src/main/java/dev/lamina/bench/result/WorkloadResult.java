package dev.lamina.bench.result;

import dev.lamina.bench.measure.Stats;
import dev.lamina.bench.measure.WindowFigures;
import dev.lamina.bench.workload.Workload;
import java.util.List;
import java.util.Objects;

/**
 * Lamina's figures for one workload: every repeat's measured window.
 *
 * @param workload what was measured
 * @param warmupSteps untimed steps (training) or batches (inference) before each window
 * @param repeats the measured windows, one per repeat, in order
 * @param flopsPerExample FLOPs per example of one step (see {@link dev.lamina.bench.result.Flops})
 * @param loss training only: the epoch's running mean loss at the end of the last repeat's window
 *     (as the peers print it), else null
 * @param accuracy training only: the running mean accuracy likewise, else null
 */
public record WorkloadResult(Workload workload, int warmupSteps, List<WindowFigures> repeats, double flopsPerExample,
    Double loss, Double accuracy) {

  /** @throws IllegalArgumentException if there is no repeat */
  public WorkloadResult {
    Objects.requireNonNull(workload, "workload");
    repeats = List.copyOf(repeats);
    if (repeats.isEmpty()) {
      throw new IllegalArgumentException(workload + ": no measured repeat");
    }
  }

  /** Examples per second of each repeat. */
  public List<Double> samplesPerSecondByRepeat() {
    return repeats.stream().map(WindowFigures::samplesPerSecond).toList();
  }

  /** The median examples per second over the repeats: the headline figure. */
  public double samplesPerSecond() {
    return Stats.median(samplesPerSecondByRepeat());
  }

  /** Achieved GFLOP/s at the median rate. */
  public double gflops() {
    return samplesPerSecond() * flopsPerExample / 1e9;
  }

  /** The last (warmest) repeat, whose allocation and memory figures the reports show. */
  public WindowFigures last() {
    return repeats.get(repeats.size() - 1);
  }
}
