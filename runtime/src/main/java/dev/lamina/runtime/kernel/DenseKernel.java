package dev.lamina.runtime.kernel;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A fully connected layer (Keras {@code Dense}): {@code y = x · kernel + bias}. libnd4j's
 * {@code xw_plus_b} and {@code xw_plus_b_bp}, or {@code matmul} and {@code matmul_bp} without a bias.
 *
 * <p>Shapes: input {@code [batch, features]}, kernel {@code [features, units]}, bias {@code [units]},
 * output {@code [batch, units]}.
 */
public final class DenseKernel {
  private static final long[] NO_TRANSPOSE = {0, 0, 0};

  private final boolean useBias;
  private final NativeOp forward;
  private final NativeOp backward;

  /** @param useBias whether a bias is added */
  public DenseKernel(boolean useBias) {
    this.useBias = useBias;
    this.forward = useBias ? NativeOp.of("xw_plus_b") : NativeOp.of("matmul", NO_TRANSPOSE);
    this.backward = useBias ? NativeOp.of("xw_plus_b_bp") : NativeOp.of("matmul_bp", NO_TRANSPOSE);
  }

  /**
   * @param x {@code [batch, features]}
   * @param kernel {@code [features, units]}
   * @param bias {@code [units]}, ignored without a bias
   * @param y {@code [batch, units]}, overwritten
   */
  public void forward(INDArray x, INDArray kernel, INDArray bias, INDArray y) {
    if (useBias) {
      forward.run(new INDArray[] {x, kernel, bias}, y);
    } else {
      forward.run(x, kernel, y);
    }
  }

  /**
   * {@code gradX = gradY · kernelᵀ}, {@code gradKernel = xᵀ · gradY}, {@code gradBias = Σ_batch gradY};
   * all overwritten.
   *
   * @param x the forward input
   * @param kernel the forward kernel
   * @param bias the bias (ignored without a bias)
   * @param gradY the output gradient, {@code [batch, units]}
   * @param gradX receives the input gradient
   * @param gradKernel receives the kernel gradient
   * @param gradBias receives the bias gradient (ignored without a bias)
   */
  public void backward(INDArray x, INDArray kernel, INDArray bias, INDArray gradY, INDArray gradX,
      INDArray gradKernel, INDArray gradBias) {
    if (useBias) {
      backward.run(new INDArray[] {x, kernel, bias, gradY}, gradX, gradKernel, gradBias);
    } else {
      backward.run(new INDArray[] {x, kernel, gradY}, gradX, gradKernel);
    }
  }
}
