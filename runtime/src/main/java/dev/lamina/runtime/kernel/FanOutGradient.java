package dev.lamina.runtime.kernel;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The gradient of a layer whose output several layers read (a residual block's input, a U-Net's skip
 * connection): the sum of the gradients its consumers pass back, accumulated into one preallocated
 * buffer. Generated code runs the consumers' backward passes in reverse topological order, each into
 * its own gradient buffer (or straight into the sum for the first consumer), then accumulates: the first
 * contribution overwrites the buffer, every later one adds to it, so nothing needs zeroing and nothing
 * is allocated.
 *
 * <p>libnd4j's pairwise {@code add} (in place) and {@code identity}, through op contexts created once;
 * arrays may be views. {@code FLOAT} and {@code DOUBLE}.
 */
public final class FanOutGradient {
  private final NativeOp add = NativeOp.of("add");
  private final NativeOp copy = NativeOp.of("identity");

  /**
   * Adds one consumer's gradient to the sum.
   *
   * @param gradient the consumer's gradient at the shared output
   * @param sum the accumulated gradient, shaped like {@code gradient}
   * @param first whether this is the first contribution of this backward pass: {@code sum} is then
   *     overwritten (a no-op when {@code gradient} is {@code sum} itself), otherwise added to
   */
  public void accumulate(INDArray gradient, INDArray sum, boolean first) {
    if (first) {
      if (gradient != sum) {
        copy.run(gradient, sum);
      }
    } else {
      add.run(sum, gradient, sum);
    }
  }

  /**
   * {@code sum = gradients[0] + gradients[1] + ...}, overwritten.
   *
   * @param gradients the consumers' gradients, at least one; {@code sum} itself may be the first
   * @param sum receives the sum
   * @throws IllegalArgumentException if {@code gradients} is empty
   */
  public void sum(INDArray[] gradients, INDArray sum) {
    if (gradients.length == 0) {
      throw new IllegalArgumentException("a fan-out sum needs at least one gradient");
    }
    for (int i = 0; i < gradients.length; i++) {
      accumulate(gradients[i], sum, i == 0);
    }
  }
}
