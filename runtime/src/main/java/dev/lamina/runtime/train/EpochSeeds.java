package dev.lamina.runtime.train;

/**
 * Per-epoch randomness as a function of (seed, epoch) only, so a run resumed at epoch {@code e}
 * shuffles and drops out exactly as an uninterrupted run does at epoch {@code e}. Seeds are mixed
 * with SplitMix64's finalizer (Steele, Lea and Flood, 2014, "Fast splittable pseudorandom number
 * generators"), one stream per use.
 */
final class EpochSeeds {
  private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

  private EpochSeeds() {}

  /** The seed of the epoch's shuffle order. */
  static long shuffle(long seed, int epoch) {
    return mix(seed, epoch, 1);
  }

  /** The seed of the epoch's dropout masks. */
  static long dropout(long seed, int epoch) {
    return mix(seed, epoch, 2);
  }

  private static long mix(long seed, int epoch, int stream) {
    long z = seed + GOLDEN_GAMMA * (2L * epoch + 1) + (long) stream * 0x632be59bd9b4e019L;
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
