package dev.lamina.spark;

/**
 * Per-(epoch, partition) shuffle seeds and per-(epoch, step, partition) dropout seeds, functions of the
 * fit's seed only, so a retried task or a resumed run draws exactly what the first did. Mixed with
 * SplitMix64's finalizer (Steele, Lea and Flood, 2014).
 */
final class Seeds {
  private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

  private Seeds() {}

  static long shuffle(long seed, int epoch, int partition) {
    return mix(mix(seed + GOLDEN_GAMMA * (2L * epoch + 1)) + 0x632be59bd9b4e019L * (partition + 1));
  }

  static long dropout(long seed, int epoch, int step, int partition) {
    return mix(mix(mix(seed + 3 * GOLDEN_GAMMA * (epoch + 1)) + step) + 0x632be59bd9b4e019L * (partition + 1));
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
