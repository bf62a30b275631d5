package dev.lamina.runtime.data;

import java.util.Objects;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A batch of examples. Iterators may reuse the arrays of one batch for the next: copy what must
 * outlive the next {@code next()} call.
 *
 * <p>Lamina's datasets ({@code ArrayDataset}, {@code ImageFolder}) do reuse them: every full batch
 * of a pass is written into the same two arrays, the last partial batch into a second pair sized
 * for it, and closing the iterator hands both pairs back to the dataset for its next pass (see
 * {@link BatchBuffers}). So a training step allocates nothing for its data, and:
 * <ul>
 *   <li>a batch is valid until the next {@code next()} call on its iterator, or until the iterator
 *       is closed; {@code dup()} what must live longer;
 *   <li>treat the arrays as read-only: they are the iterator's buffers, not the dataset's storage,
 *       but a consumer that writes into them sees its writes replaced on the next batch.
 * </ul>
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
