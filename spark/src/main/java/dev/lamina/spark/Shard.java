package dev.lamina.spark;

import java.io.Serializable;

/**
 * One partition's examples, held in memory by the executor that caches it.
 *
 * @param features {@code count * exampleLength} values, NHWC per example
 * @param labels {@code count} class indices
 * @param count the number of examples
 */
record Shard(float[] features, int[] labels, int count) implements Serializable {}
