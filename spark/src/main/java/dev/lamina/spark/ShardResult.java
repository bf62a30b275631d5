package dev.lamina.spark;

import java.io.Serializable;

/**
 * What one training task sends back to the driver for one step.
 *
 * @param partition the task's partition
 * @param gradientSum {@code sum_i n_i g_i} over the task's micro-batches (empty when examples is 0)
 * @param lossSum {@code sum_i n_i l_i}
 * @param examples the task's examples in this step (0 when its shard is used up)
 * @param outputs the network's outputs for those examples, row-major, for the driver's metrics
 * @param labels their class indices
 * @param state the task's non-trainable state after the step (partition 0 only, else empty)
 * @param times where the task's time went (fetching and loading weights, forward and backward passes, packing)
 */
record ShardResult(int partition, float[] gradientSum, double lossSum, int examples, float[] outputs, int[] labels,
    float[] state, TaskTimes times) implements Serializable {}
