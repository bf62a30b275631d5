package dev.lamina.runtime.data;

import java.util.Random;

/**
 * The order a dataset is iterated in: as stored, or shuffled by a permutation drawn from a seed
 * (the same seed gives the same order).
 *
 * @param shuffle whether to permute
 * @param seed the permutation's seed; without shuffling, the pass's seed for whatever else is random
 *     about it (augmentation, see {@code data.augment})
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
   * a {@code java.util.Random}, whose sequence the JDK specifies, so a seed gives the same order on
   * every JVM. The seed is first scrambled by SplitMix64's finalizer (Steele, Lea, Flood 2014):
   * {@code Random}'s first outputs for neighbouring seeds are strongly correlated, and trainers
   * derive each epoch's seed as {@code seed + epoch}.
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
      Random random = new Random(mix(seed));
      for (int i = size - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int swap = indices[i];
        indices[i] = indices[j];
        indices[j] = swap;
      }
    }
    return indices;
  }

  /** SplitMix64's finalizer: a bijection of 64-bit values that spreads each input bit over all. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
