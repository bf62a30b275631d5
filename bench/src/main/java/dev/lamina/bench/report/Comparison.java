package dev.lamina.bench.report;

import dev.lamina.bench.peer.PeerRun;
import dev.lamina.bench.result.NetworkRun;
import dev.lamina.bench.result.WorkloadResult;
import dev.lamina.bench.workload.Framework;
import dev.lamina.bench.workload.Workload;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Lamina's network runs and the peers' runs, matched by workload: the rows of the result tables.
 *
 * @param laminaRuns Lamina's runs, one per network
 * @param peerRuns the peers' runs
 * @param rows one per workload measured by anyone, in {@link Workload#ORDER}
 */
public record Comparison(List<NetworkRun> laminaRuns, List<PeerRun> peerRuns, List<ComparisonRow> rows) {

  /** Copies the lists. */
  public Comparison {
    laminaRuns = List.copyOf(laminaRuns);
    peerRuns = List.copyOf(peerRuns);
    rows = List.copyOf(rows);
  }

  /**
   * Matches the runs by workload.
   *
   * @throws IllegalArgumentException if two Lamina runs measured the same workload
   */
  public static Comparison of(List<NetworkRun> laminaRuns, List<PeerRun> peerRuns) {
    Map<Workload, WorkloadResult> lamina = new TreeMap<>(Workload.ORDER);
    Map<Workload, NetworkRun> owner = new TreeMap<>(Workload.ORDER);
    for (NetworkRun run : laminaRuns) {
      for (WorkloadResult result : run.workloads()) {
        if (lamina.put(result.workload(), result) != null) {
          throw new IllegalArgumentException("two Lamina results for " + result.workload()
              + "; pass one result file per network");
        }
        owner.put(result.workload(), run);
      }
    }
    Map<Workload, Map<Framework, List<Double>>> peers = new TreeMap<>(Workload.ORDER);
    for (PeerRun run : peerRuns) {
      for (PeerRun.Measurement m : run.measurements()) {
        peers.computeIfAbsent(m.workload(), w -> new EnumMap<>(Framework.class))
            .computeIfAbsent(run.framework(), f -> new ArrayList<>()).add(m.samplesPerSecond());
      }
    }
    TreeSet<Workload> workloads = new TreeSet<>(Workload.ORDER);
    workloads.addAll(lamina.keySet());
    workloads.addAll(peers.keySet());
    List<ComparisonRow> rows = new ArrayList<>();
    for (Workload w : workloads) {
      rows.add(new ComparisonRow(w, Optional.ofNullable(lamina.get(w)), Optional.ofNullable(owner.get(w)),
          peers.getOrDefault(w, Map.of())));
    }
    return new Comparison(laminaRuns, peerRuns, rows);
  }

  /** The peers that reported at least one figure. */
  public List<Framework> peersPresent() {
    return peerRuns.stream().map(PeerRun::framework).distinct().sorted().toList();
  }
}
