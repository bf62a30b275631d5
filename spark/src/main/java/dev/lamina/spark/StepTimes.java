package dev.lamina.spark;

/**
 * Times of Spark training steps, measured on the driver: a step's wall time (broadcast, job, collect,
 * combine) and the slowest task's own time (measured inside the task, split into its parts, see
 * {@link TaskTimes}); their difference is Spark's per-step overhead, of which the driver's own parts
 * (creating the weights' broadcast, combining the tasks' results) are kept apart too.
 */
public final class StepTimes {
  private long steps;
  private long wallNanos;
  private long taskNanos;
  private long fetchNanos;
  private long loadNanos;
  private long computeNanos;
  private long computeCpuNanos;
  private long packNanos;
  private long broadcastNanos;
  private long combineNanos;

  synchronized void add(long wall, TaskTimes slowest, long broadcast, long combine) {
    steps++;
    wallNanos += wall;
    taskNanos += slowest.total();
    fetchNanos += slowest.fetch();
    loadNanos += slowest.load();
    computeNanos += slowest.compute();
    computeCpuNanos += slowest.computeCpu();
    packNanos += slowest.pack();
    broadcastNanos += broadcast;
    combineNanos += combine;
  }

  /** Forgets the steps so far (after a warm-up). */
  public synchronized void reset() {
    steps = 0;
    wallNanos = 0;
    taskNanos = 0;
    fetchNanos = 0;
    loadNanos = 0;
    computeNanos = 0;
    computeCpuNanos = 0;
    packNanos = 0;
    broadcastNanos = 0;
    combineNanos = 0;
  }

  /** Steps measured. */
  public synchronized long steps() {
    return steps;
  }

  /** Mean wall time of a step, milliseconds. */
  public synchronized double meanWallMillis() {
    return mean(wallNanos);
  }

  /** Mean time of a step's slowest task, measured inside it (all its parts), milliseconds. */
  public synchronized double meanComputeMillis() {
    return mean(taskNanos);
  }

  /** Mean per-step overhead: wall time minus the slowest task's time, milliseconds. */
  public synchronized double meanOverheadMillis() {
    return meanWallMillis() - meanComputeMillis();
  }

  /** The slowest task's mean time to get the step's weights (broadcast fetch and deserialization), ms. */
  public synchronized double meanTaskFetchMillis() {
    return mean(fetchNanos);
  }

  /** The slowest task's mean time to load the weights into its network, milliseconds. */
  public synchronized double meanTaskLoadMillis() {
    return mean(loadNanos);
  }

  /** The slowest task's mean forward, loss and backward time over its micro-batches, milliseconds. */
  public synchronized double meanTaskPassMillis() {
    return mean(computeNanos);
  }

  /** The slowest task thread's mean CPU time during its passes, milliseconds. */
  public synchronized double meanTaskPassCpuMillis() {
    return mean(computeCpuNanos);
  }

  /** The slowest task's mean time to copy its gradient sum into the result, milliseconds. */
  public synchronized double meanTaskPackMillis() {
    return mean(packNanos);
  }

  /** Mean time the driver took to create a step's weights broadcast, milliseconds. */
  public synchronized double meanBroadcastMillis() {
    return mean(broadcastNanos);
  }

  /** Mean time the driver took to combine a step's task results (gradients, metrics), milliseconds. */
  public synchronized double meanCombineMillis() {
    return mean(combineNanos);
  }

  private double mean(long nanos) {
    return steps == 0 ? 0 : nanos / 1e6 / steps;
  }
}
