package dev.lamina.runtime.data;

/**
 * Examples with labels that can be iterated in batches, in memory or streamed from disk.
 */
public interface Dataset {
  /** Number of examples. */
  int size();

  /** One example's feature shape, {@code {height, width, channels}}. */
  int[] exampleShape();

  /**
   * One example's label shape: {@code {}} for a class index (sparse labels, {@code INT32}),
   * {@code {classes}} for one-hot rows, {@code {height, width, channels}} for per-pixel targets.
   */
  int[] labelShape();

  /**
   * A pass over the examples in batches of {@code batchSize} (the last may be smaller).
   *
   * @throws IllegalArgumentException if {@code batchSize} is not positive
   */
  BatchIterator batches(int batchSize, Order order);

  /**
   * A pass over the examples as stored, in batches of {@code batchSize} (the last may be smaller):
   * {@code batches(batchSize, Order.sequential())}, the order for evaluation and prediction.
   *
   * @throws IllegalArgumentException if {@code batchSize} is not positive
   */
  default BatchIterator batches(int batchSize) {
    return batches(batchSize, Order.sequential());
  }
}
