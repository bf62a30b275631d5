package dev.lamina.runtime;

/**
 * What generated models time their layers with: {@link #start()} before the first layer of a pass,
 * {@link #lap} after each. Without a profiler both do nothing but test one field, so the clock stays
 * in the straight-line code at no measurable cost.
 */
public final class LayerClock {
  private LayerProfiler profiler;
  private long last;

  /** Installs {@code profiler}, or removes the current one with null. */
  public void profiler(LayerProfiler profiler) {
    this.profiler = profiler;
  }

  /** Marks the start of a pass. */
  public void start() {
    if (profiler != null) {
      last = System.nanoTime();
    }
  }

  /** Reports the time since the previous mark as {@code layer}'s share of {@code pass}. */
  public void lap(String layer, LayerProfiler.Pass pass) {
    if (profiler != null) {
      long now = System.nanoTime();
      profiler.record(layer, pass, now - last);
      last = now;
    }
  }
}
