package dev.lamina.bench.report;

import dev.lamina.bench.measure.Stats;
import dev.lamina.bench.result.NetworkRun;
import dev.lamina.bench.result.WorkloadResult;
import dev.lamina.bench.workload.Framework;
import dev.lamina.bench.workload.Workload;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One workload side by side: Lamina's result (if measured) and each peer's rates (one per run).
 *
 * @param workload the workload
 * @param lamina Lamina's result, or empty
 * @param laminaRun the network run Lamina's result belongs to, or empty
 * @param peerRates each peer's samples/s, one per run (a peer without runs is absent)
 */
public record ComparisonRow(Workload workload, Optional<WorkloadResult> lamina, Optional<NetworkRun> laminaRun,
    Map<Framework, List<Double>> peerRates) {

  /** Copies the map. */
  public ComparisonRow {
    Map<Framework, List<Double>> copy = new EnumMap<>(Framework.class);
    peerRates.forEach((f, rates) -> copy.put(f, List.copyOf(rates)));
    peerRates = Map.copyOf(copy);
  }

  /** The system's samples/s: Lamina's median over repeats, a peer's median over its runs; empty if not measured. */
  public OptionalDouble samplesPerSecond(Framework framework) {
    if (framework == Framework.LAMINA) {
      return lamina.map(r -> OptionalDouble.of(r.samplesPerSecond())).orElse(OptionalDouble.empty());
    }
    List<Double> rates = peerRates.get(framework);
    return rates == null || rates.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(Stats.median(rates));
  }

  /**
   * Lamina's rate divided by {@code peer}'s: above 1 when Lamina is faster; empty unless both were
   * measured.
   */
  public OptionalDouble ratioVs(Framework peer) {
    OptionalDouble mine = samplesPerSecond(Framework.LAMINA);
    OptionalDouble theirs = samplesPerSecond(peer);
    return mine.isPresent() && theirs.isPresent() ? OptionalDouble.of(mine.getAsDouble() / theirs.getAsDouble())
        : OptionalDouble.empty();
  }

  /** How many measurements the system's figure summarizes: Lamina's repeats or a peer's runs. */
  public int count(Framework framework) {
    if (framework == Framework.LAMINA) {
      return lamina.map(r -> r.repeats().size()).orElse(0);
    }
    List<Double> rates = peerRates.get(framework);
    return rates == null ? 0 : rates.size();
  }
}
