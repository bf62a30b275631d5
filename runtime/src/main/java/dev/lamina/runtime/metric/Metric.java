package dev.lamina.runtime.metric;

/**
 * A figure computed on a network's outputs and the labels during {@code fit} and {@code evaluate},
 * averaged over the examples of an epoch like Keras's metrics. Instances are immutable
 * descriptions; the trainer asks each for a fresh {@link MetricAccumulator} per data set it
 * measures. Create them with {@link Metrics}.
 */
public interface Metric {

  /** The name Keras logs it under: {@code accuracy}, {@code sparse_top_k_categorical_accuracy}, ... */
  String name();

  /** Whether larger or smaller values are better. */
  Direction direction();

  /** The key of this metric's training figure; {@code key().toValidation()} is its {@code val_} figure. */
  default MetricKey key() {
    return new MetricKey(name(), direction(), false);
  }

  /**
   * A fresh accumulator for network outputs of one example's shape {@code outputShape} and labels
   * of one example's shape {@code labelShape} (see {@code Dataset.labelShape()}).
   *
   * @throws IllegalArgumentException if the metric cannot be computed on such outputs and labels;
   *     the message names the metric, both shapes and the metric to use instead
   */
  MetricAccumulator accumulator(int[] outputShape, int[] labelShape);
}
