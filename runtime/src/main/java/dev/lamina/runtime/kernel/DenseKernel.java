package dev.lamina.runtime.kernel;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A fully connected layer (Keras {@code Dense}): {@code y = x · kernel + bias} as one BLAS GEMM into
 * the preallocated output, plus a broadcast of the bias.
 *
 * <p>Shapes: input {@code [batch, features]}, kernel {@code [features, units]}, bias {@code [units]},
 * output {@code [batch, units]}.
 */
public final class DenseKernel {
  private final boolean useBias;

  /** @param useBias whether a bias is added */
  public DenseKernel(boolean useBias) {
    this.useBias = useBias;
  }

  /**
   * @param x {@code [batch, features]}
   * @param kernel {@code [features, units]}
   * @param bias {@code [units]}, ignored without a bias
   * @param y {@code [batch, units]}, overwritten
   */
  public void forward(INDArray x, INDArray kernel, INDArray bias, INDArray y) {
    Nd4j.gemm(x, kernel, y, false, false, 1.0, 0.0);
    if (useBias) {
      Channels.add(y, bias);
    }
  }

  /**
   * {@code gradX = gradY · kernelᵀ}, {@code gradKernel = xᵀ · gradY}, {@code gradBias = Σ_batch gradY};
   * all overwritten.
   *
   * @param x the forward input
   * @param kernel the forward kernel
   * @param gradY the output gradient, {@code [batch, units]}
   * @param gradX receives the input gradient
   * @param gradKernel receives the kernel gradient
   * @param gradBias receives the bias gradient (ignored without a bias)
   */
  public void backward(INDArray x, INDArray kernel, INDArray gradY, INDArray gradX, INDArray gradKernel,
      INDArray gradBias) {
    Nd4j.gemm(gradY, kernel, gradX, false, true, 1.0, 0.0);
    Nd4j.gemm(x, gradY, gradKernel, true, false, 1.0, 0.0);
    if (useBias) {
      gradY.sum(gradBias, 0);
    }
  }
}
