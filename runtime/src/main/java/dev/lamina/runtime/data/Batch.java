package dev.lamina.runtime.data;

import java.util.Objects;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A batch of examples. Iterators may reuse the arrays of one batch for the next: copy what must
 * outlive the next {@code next()} call.
 *
 * @param features {@code [n, height, width, channels]}, floating point
 * @param labels {@code [n]} class indices ({@code INT32}) for sparse labels, {@code [n, classes]}
 *     one-hot, or {@code [n, height, width, channels]} per-pixel targets; see {@link Dataset#labelShape()}
 */
public record Batch(INDArray features, INDArray labels) {
  /**
   * @throws NullPointerException if an array is null
   * @throws IllegalArgumentException if features and labels hold different numbers of examples
   */
  public Batch {
    Objects.requireNonNull(features, "features");
    Objects.requireNonNull(labels, "labels");
    if (features.size(0) != labels.size(0)) {
      throw new IllegalArgumentException("features hold " + features.size(0) + " examples but labels hold "
          + labels.size(0));
    }
  }

  /** Number of examples. */
  public int size() {
    return (int) features.size(0);
  }
}
