package dev.lamina.bench.compile;

import dev.lamina.bench.measure.Stats;
import dev.lamina.bench.workload.BenchNetwork;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The measured compile times of one network's interface.
 *
 * @param network the network
 * @param warmMillis per mode, the in-process compilations' milliseconds (javac already warm, as in an
 *     IDE or a build daemon)
 * @param coldMillis per mode, the wall-clock milliseconds of separate {@code javac} processes (a
 *     one-shot build); empty lists when not measured
 */
public record CompileCost(BenchNetwork network, Map<ProcessingMode, List<Double>> warmMillis,
    Map<ProcessingMode, List<Double>> coldMillis) {

  /** Copies the maps. */
  public CompileCost {
    Objects.requireNonNull(network, "network");
    warmMillis = copy(warmMillis);
    coldMillis = copy(coldMillis);
  }

  /** The median warm compile time in {@code mode}, if measured. */
  public OptionalDouble warm(ProcessingMode mode) {
    return median(warmMillis, mode);
  }

  /** The median cold compile time in {@code mode}, if measured. */
  public OptionalDouble cold(ProcessingMode mode) {
    return median(coldMillis, mode);
  }

  /** What the processor adds to a warm compilation: median with, less median without. */
  public OptionalDouble warmAdded() {
    return difference(warm(ProcessingMode.WITH_PROCESSOR), warm(ProcessingMode.WITHOUT_PROCESSOR));
  }

  /** What the processor adds to a cold compilation: median with, less median without. */
  public OptionalDouble coldAdded() {
    return difference(cold(ProcessingMode.WITH_PROCESSOR), cold(ProcessingMode.WITHOUT_PROCESSOR));
  }

  private static OptionalDouble difference(OptionalDouble a, OptionalDouble b) {
    return a.isPresent() && b.isPresent() ? OptionalDouble.of(a.getAsDouble() - b.getAsDouble())
        : OptionalDouble.empty();
  }

  private static OptionalDouble median(Map<ProcessingMode, List<Double>> times, ProcessingMode mode) {
    List<Double> values = times.get(mode);
    return values == null || values.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(Stats.median(values));
  }

  private static Map<ProcessingMode, List<Double>> copy(Map<ProcessingMode, List<Double>> map) {
    Map<ProcessingMode, List<Double>> copy = new EnumMap<>(ProcessingMode.class);
    map.forEach((mode, values) -> copy.put(mode, List.copyOf(values)));
    return Map.copyOf(copy);
  }
}
