package dev.lamina.runtime.loss;

import dev.lamina.runtime.GradientTarget;
import java.util.Objects;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A {@link Loss} bound to a network's output: computes the batch loss and its gradient into a
 * buffer it owns (allocated once per batch shape). Not thread-safe: one trainer drives it.
 */
public abstract class BoundLoss {
  private final ScratchBuffer gradients = new ScratchBuffer();
  private final GradientTarget gradientTarget;
  private INDArray gradient;

  /** @param gradientTarget where the gradient is taken */
  protected BoundLoss(GradientTarget gradientTarget) {
    this.gradientTarget = Objects.requireNonNull(gradientTarget, "gradientTarget");
  }

  /** Where {@link #gradient()} is taken: at the logits for fused pairs, at the output otherwise. */
  public final GradientTarget gradientTarget() {
    return gradientTarget;
  }

  /**
   * Checks one example's label shape against the output's.
   *
   * @param labelShape one example's labels ({@code Dataset.labelShape()})
   * @throws IllegalArgumentException if the loss cannot use such labels; the message gives the shape
   *     expected, the shape found and the loss to use instead
   */
  public abstract void checkLabelShape(int[] labelShape);

  /**
   * The mean loss of a batch.
   *
   * @param output the network's output, {@code [batch, ...outputShape]}
   * @param labels {@code [batch, ...labelShape]}
   * @throws IllegalArgumentException if a class index is out of range
   */
  public final double value(INDArray output, INDArray labels) {
    return compute(output, labels, null);
  }

  /**
   * The mean loss of a batch, and its gradient with respect to {@link #gradientTarget()} in
   * {@link #gradient()}.
   *
   * @throws IllegalArgumentException if a class index is out of range
   */
  public final double valueAndGradient(INDArray output, INDArray labels) {
    gradient = gradients.like(output);
    return compute(output, labels, gradient);
  }

  /**
   * The gradient of the last {@link #valueAndGradient} call, shaped like its output: a buffer this
   * object owns and overwrites on the next call.
   *
   * @throws IllegalStateException before the first {@code valueAndGradient}
   */
  public final INDArray gradient() {
    if (gradient == null) {
      throw new IllegalStateException("no gradient yet: call valueAndGradient first");
    }
    return gradient;
  }

  /**
   * The mean loss; when {@code gradient} is not null, also writes the gradient into it.
   *
   * @param gradient null, or a buffer shaped like {@code output}
   */
  protected abstract double compute(INDArray output, INDArray labels, INDArray gradient);
}
