package dev.lamina.runtime.data;

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
}
