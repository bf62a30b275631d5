package dev.lamina.bench.run;

import dev.lamina.bench.result.LayerTime;
import dev.lamina.runtime.LayerProfiler;
import dev.lamina.summary.LayerSummary;
import dev.lamina.summary.ModelSummary;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link LayerProfiler} that sums each layer's forward and backward nanoseconds while recording is
 * on. After the first pass it allocates nothing: the map holds every layer by then.
 */
final class LayerTimes implements LayerProfiler {
  private final Map<String, long[]> nanos = new HashMap<>();
  private boolean recording;

  /** Starts or stops adding up the times reported. */
  void recording(boolean on) {
    recording = on;
  }

  @Override
  public void record(String layer, Pass pass, long nanoseconds) {
    if (recording) {
      nanos.computeIfAbsent(layer, name -> new long[Pass.values().length])[pass.ordinal()] += nanoseconds;
    }
  }

  /**
   * Mean milliseconds per pass of every layer in {@code summary}, in its order, with its MACs.
   *
   * @throws IllegalArgumentException if {@code passes} is not positive
   */
  List<LayerTime> perPass(ModelSummary summary, int passes) {
    if (passes < 1) {
      throw new IllegalArgumentException("passes must be >= 1, got " + passes);
    }
    List<LayerTime> times = new ArrayList<>();
    for (LayerSummary layer : summary.layers()) {
      long[] t = nanos.getOrDefault(layer.name(), new long[Pass.values().length]);
      times.add(new LayerTime(layer.name(), layer.macs(), t[Pass.FORWARD.ordinal()] / 1e6 / passes,
          t[Pass.BACKWARD.ordinal()] / 1e6 / passes));
    }
    return times;
  }
}
