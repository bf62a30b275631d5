package dev.lamina.runtime.kernel;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A fully connected layer (Keras {@code Dense}): {@code y = x · kernel + bias}. libnd4j's
 * {@code xw_plus_b} and {@code xw_plus_b_bp}; without a bias, {@code matmul} forward and two transposed
 * {@code matmul}s backward ({@code matmul_bp} of libnd4j 1.0.0-M2.1 fails when every operand is
 * {@code [1, 1]}).
 *
 * <p>Shapes: input {@code [batch, features]}, kernel {@code [features, units]}, bias {@code [units]},
 * output {@code [batch, units]}.
 */
final class Nd4jDense implements Nd4jWeighted {
  private final boolean useBias;
  private final NativeOp forward;
  private final NativeOp backward;
  private final NativeOp inputGradient;
  private final NativeOp kernelGradient;

  /** @param useBias whether a bias is added */
  Nd4jDense(boolean useBias) {
    this.useBias = useBias;
    this.forward = useBias ? NativeOp.of("xw_plus_b") : NativeOp.of("matmul", 0, 0, 0);
    this.backward = NativeOp.of("xw_plus_b_bp");
    this.inputGradient = NativeOp.of("matmul", 0, 1, 0);
    this.kernelGradient = NativeOp.of("matmul", 1, 0, 0);
  }

  /**
   * @param x {@code [batch, features]}
   * @param kernel {@code [features, units]}
   * @param bias {@code [units]}, ignored without a bias
   * @param y {@code [batch, units]}, overwritten
   */
  @Override
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
  @Override
  public void backward(INDArray x, INDArray kernel, INDArray bias, INDArray gradY, INDArray gradX,
      INDArray gradKernel, INDArray gradBias) {
    if (useBias) {
      backward.run(new INDArray[] {x, kernel, bias, gradY}, gradX, gradKernel, gradBias);
    } else {
      inputGradient.run(gradY, kernel, gradX);
      kernelGradient.run(x, gradY, gradKernel);
    }
  }
}
