package dev.lamina.runtime.kernel;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A layer with weights on libnd4j's ops, without its activation: the path every data type takes
 * (and {@code DOUBLE}, which oneDNN does not compute, always takes).
 */
interface Nd4jWeighted {
  /** {@code y = layer(x, kernel) + bias}; {@code bias} is ignored without a bias. */
  void forward(INDArray x, INDArray kernel, INDArray bias, INDArray y);

  /** The input, kernel and bias gradients from {@code gradY}; all overwritten. */
  void backward(INDArray x, INDArray kernel, INDArray bias, INDArray gradY, INDArray gradX, INDArray gradKernel,
      INDArray gradBias);

  /**
   * From now on, runs libnd4j's own implementation, bypassing its oneDNN helper, for shapes oneDNN
   * does not run safely (docs/native-safety.md). Nothing to do for ops without a helper.
   */
  default void withoutHelpers() {}
}
