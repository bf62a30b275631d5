package dev.lamina.runtime.init;

import java.nio.charset.StandardCharsets;

/**
 * Derives independent, reproducible seeds from a model's seed: one stream per parameter tensor and
 * per dropout layer, picked by a path such as {@code conv1/kernel}, so adding a layer does not change
 * the values drawn for the others.
 */
public final class Seeds {
  private Seeds() {}

  /**
   * SplitMix64's finalizer (Steele et al., 2014) over {@code seed} and the FNV-1a hash of {@code path}.
   *
   * @param seed the model's seed
   * @param path what the stream is for: a tensor's {@code layer/name} or a layer's name
   */
  public static long derive(long seed, String path) {
    long h = 0xcbf29ce484222325L;
    for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
      h = (h ^ (b & 0xff)) * 0x100000001b3L;
    }
    long z = seed + 0x9e3779b97f4a7c15L * (h | 1);
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
