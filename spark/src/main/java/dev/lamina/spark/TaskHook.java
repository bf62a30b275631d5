package dev.lamina.spark;

import java.io.Serializable;

/**
 * Called by every training task before it computes its shard: for fault-injection tests (throw to
 * fail the task; Spark retries it up to {@code spark.task.maxFailures} times).
 */
@FunctionalInterface
public interface TaskHook extends Serializable {
  /**
   * @param epoch the 0-based epoch
   * @param step the 0-based step within the epoch
   * @param partition the task's partition
   * @param attempt Spark's attempt number of the task (0 for the first)
   */
  void beforeStep(int epoch, int step, int partition, int attempt) throws Exception;
}
