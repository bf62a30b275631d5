package dev.lamina.spark;

import java.io.Serializable;

/**
 * Where one training task's time went, measured inside the task (executor side), nanoseconds.
 *
 * @param fetch getting the step's weights (the broadcast's first read: fetch and deserialize)
 * @param load writing them into the partition's network
 * @param compute the micro-batches: gathering examples, forward, loss, backward, accumulating
 * @param computeCpu the task thread's CPU time during {@code compute} (less than {@code compute}
 *     when the thread waited for a core)
 * @param pack copying the gradient sum and state into the result
 */
record TaskTimes(long fetch, long load, long compute, long computeCpu, long pack) implements Serializable {
  static final TaskTimes NONE = new TaskTimes(0, 0, 0, 0, 0);

  /** The task's measured time: all parts. */
  long total() {
    return fetch + load + compute + pack;
  }
}
