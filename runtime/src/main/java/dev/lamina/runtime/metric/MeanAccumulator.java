package dev.lamina.runtime.metric;

/** A hit rate over counted elements: what the accuracy metrics accumulate. */
abstract class MeanAccumulator implements MetricAccumulator {
  private long hits;
  private long count;

  /** Adds {@code hits} correct out of {@code count}. */
  final void add(long hits, long count) {
    this.hits += hits;
    this.count += count;
  }

  @Override
  public final double result() {
    return count == 0 ? 0 : (double) hits / count;
  }

  @Override
  public final void reset() {
    hits = 0;
    count = 0;
  }
}
