package dev.lamina.spark;

/**
 * Times of Spark training steps, measured on the driver: a step's wall time (broadcast, job, collect,
 * combine) and the longest task's compute time; their difference is Spark's per-step overhead, of
 * which the driver's own parts (creating the weights' broadcast, combining the tasks' results) are
 * kept apart too.
 */
public final class StepTimes {
  private long steps;
  private long wallNanos;
  private long computeNanos;
  private long broadcastNanos;
  private long combineNanos;

  synchronized void add(long wall, long compute, long broadcast, long combine) {
    steps++;
    wallNanos += wall;
    computeNanos += compute;
    broadcastNanos += broadcast;
    combineNanos += combine;
  }

  /** Forgets the steps so far (after a warm-up). */
  public synchronized void reset() {
    steps = 0;
    wallNanos = 0;
    computeNanos = 0;
    broadcastNanos = 0;
    combineNanos = 0;
  }

  /** Steps measured. */
  public synchronized long steps() {
    return steps;
  }

  /** Mean wall time of a step, milliseconds. */
  public synchronized double meanWallMillis() {
    return steps == 0 ? 0 : wallNanos / 1e6 / steps;
  }

  /** Mean compute time of a step's slowest task, milliseconds. */
  public synchronized double meanComputeMillis() {
    return steps == 0 ? 0 : computeNanos / 1e6 / steps;
  }

  /** Mean per-step overhead: wall time minus the slowest task's compute, milliseconds. */
  public synchronized double meanOverheadMillis() {
    return meanWallMillis() - meanComputeMillis();
  }

  /** Mean time the driver took to create a step's weights broadcast, milliseconds. */
  public synchronized double meanBroadcastMillis() {
    return steps == 0 ? 0 : broadcastNanos / 1e6 / steps;
  }

  /** Mean time the driver took to combine a step's task results (gradients, metrics), milliseconds. */
  public synchronized double meanCombineMillis() {
    return steps == 0 ? 0 : combineNanos / 1e6 / steps;
  }
}
