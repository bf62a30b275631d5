package dev.lamina.runtime.data;

import java.util.Random;

/**
 * The order a dataset is iterated in: as stored, or shuffled by a permutation drawn from a seed
 * (the same seed gives the same order).
 *
 * @param shuffle whether to permute
 * @param seed the permutation's seed (ignored without shuffling)
 */
public record Order(boolean shuffle, long seed) {
  /** As stored. */
  public static Order sequential() {
    return new Order(false, 0);
  }

  /** A seeded permutation. */
  public static Order shuffled(long seed) {
    return new Order(true, seed);
  }

  /**
   * The positions of {@code size} examples in visiting order: {@code 0, 1, ..., size - 1} as stored,
   * or a uniform permutation by the Fisher–Yates shuffle (Knuth, TAOCP vol. 2, Algorithm P) driven by
   * {@code new java.util.Random(seed)}, whose sequence the JDK specifies, so a seed gives the same
   * order on every JVM.
   *
   * @return a new array of length {@code size}
   * @throws IllegalArgumentException if {@code size} is negative
   */
  public int[] indices(int size) {
    if (size < 0) {
      throw new IllegalArgumentException("size must be at least 0, got " + size);
    }
    int[] indices = new int[size];
    for (int i = 0; i < size; i++) {
      indices[i] = i;
    }
    if (shuffle) {
      Random random = new Random(seed);
      for (int i = size - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int swap = indices[i];
        indices[i] = indices[j];
        indices[j] = swap;
      }
    }
    return indices;
  }
}
