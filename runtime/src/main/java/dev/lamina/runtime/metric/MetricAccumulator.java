package dev.lamina.runtime.metric;

import org.nd4j.linalg.api.ndarray.INDArray;

/** The running state of one {@link Metric} over the batches of an epoch or an evaluation. */
public interface MetricAccumulator {

  /**
   * Adds a batch.
   *
   * @param output the network's output, {@code [batch, ...outputShape]}
   * @param labels the batch's labels, {@code [batch, ...labelShape]}
   * @throws IllegalArgumentException if a class index is not an integer in {@code [0, classes)}
   */
  void update(INDArray output, INDArray labels);

  /** The metric over everything added since the last {@link #reset()}; 0 before any batch (Keras). */
  double result();

  /** Forgets everything added. */
  void reset();
}
