package dev.lamina.bench.measure;

/**
 * What a measured window of steps cost.
 *
 * @param steps steps (training) or batches (inference) in the window
 * @param samples examples processed in the window
 * @param seconds wall-clock seconds
 * @param heapBytes Java heap bytes the measuring thread allocated
 * @param nativeObjects ND4J native objects (buffers, views, op contexts) created
 * @param rssGrowthBytes change of the resident set size (may be negative)
 * @param gcCount garbage collections during the window
 * @param gcMillis milliseconds spent in them
 */
public record WindowFigures(int steps, long samples, double seconds, long heapBytes, long nativeObjects,
    long rssGrowthBytes, long gcCount, long gcMillis) {

  /** Examples per second. */
  public double samplesPerSecond() {
    return samples / seconds;
  }

  /** Milliseconds per step. */
  public double millisPerStep() {
    return seconds * 1e3 / steps;
  }

  /** Java heap bytes allocated per step. */
  public double heapBytesPerStep() {
    return (double) heapBytes / steps;
  }

  /** ND4J native objects created per step. */
  public double nativeObjectsPerStep() {
    return (double) nativeObjects / steps;
  }
}
