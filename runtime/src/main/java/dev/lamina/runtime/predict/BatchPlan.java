package dev.lamina.runtime.predict;

import java.util.Arrays;

/**
 * How a batch of any size runs: as chunks of a few fixed sizes, largest first (a batch of 45 with
 * sizes 32, 8 and 1 runs as 32, 8, 1, 1, 1, 1, 1). A generated network keeps buffers and oneDNN
 * primitives for a few batch sizes at a time and creates them for a new size; with fixed chunk sizes a
 * replica creates them once, however the batch sizes of requests vary.
 *
 * @param sizes the chunk sizes, descending, the last one 1
 */
record BatchPlan(int[] sizes) {
  /** The sizes used unless the builder says otherwise. */
  static final BatchPlan DEFAULT = new BatchPlan(new int[] {32, 8, 1});

  /** The most chunk sizes: a generated network keeps the buffers of three batch sizes. */
  static final int MAX_SIZES = 3;

  BatchPlan {
    sizes = sizes.clone();
  }

  /**
   * The plan for these sizes, in any order.
   *
   * @throws IllegalArgumentException if there are none, more than {@link #MAX_SIZES}, a size below 1,
   *     a repeated size, or no 1 (without which some batch sizes could not run)
   */
  static BatchPlan of(int... sizes) {
    int[] sorted = Arrays.stream(sizes).boxed().sorted((a, b) -> Integer.compare(b, a)).mapToInt(i -> i).toArray();
    if (sorted.length == 0 || sorted.length > MAX_SIZES) {
      throw new IllegalArgumentException("batchSizes takes 1 to " + MAX_SIZES + " sizes (a replica keeps the buffers"
          + " of " + MAX_SIZES + " batch sizes), got " + Arrays.toString(sizes));
    }
    if (sorted[sorted.length - 1] != 1 || Arrays.stream(sorted).distinct().count() != sorted.length) {
      throw new IllegalArgumentException("batchSizes must be distinct, positive and include 1 (so that every batch"
          + " size can run), got " + Arrays.toString(sizes));
    }
    return new BatchPlan(sorted);
  }

  /** The size of the chunk that starts with {@code remaining} examples left: the largest that fits. */
  int next(long remaining) {
    for (int size : sizes) {
      if (size <= remaining) {
        return size;
      }
    }
    throw new IllegalArgumentException("no examples left");
  }

  @Override
  public int[] sizes() {
    return sizes.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BatchPlan other && Arrays.equals(sizes, other.sizes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(sizes);
  }

  @Override
  public String toString() {
    return Arrays.toString(sizes);
  }
}
