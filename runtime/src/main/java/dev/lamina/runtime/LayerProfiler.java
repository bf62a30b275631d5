package dev.lamina.runtime;

/**
 * Receives how long each layer of a generated model takes, pass by pass, once installed with
 * {@link Model#profile(LayerProfiler)}. For benchmarks and tuning: the times are wall-clock
 * nanoseconds of the layer's forward or backward method, kernels included.
 */
@FunctionalInterface
public interface LayerProfiler {
  /** Which pass a time belongs to. */
  enum Pass {
    FORWARD,
    BACKWARD
  }

  /**
   * One layer's time in one pass.
   *
   * @param layer the layer's name
   * @param pass forward or backward
   * @param nanos wall-clock nanoseconds
   */
  void record(String layer, Pass pass, long nanos);
}
