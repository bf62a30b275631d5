package dev.lamina.runtime.kernel;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The passes shared by the kernels of layers with one kernel and a bias ({@link Conv2DKernel},
 * {@link DepthwiseConv2DKernel}, {@link Conv2DTransposeKernel}, {@link DenseKernel}): {@code y =
 * f(layer(x, kernel) + bias)} and its gradients. Shapes are each kernel's own (NHWC activations, Keras
 * kernel layouts).
 */
public interface WeightedKernel {
  /**
   * The forward pass, {@code y = f(layer(x) + bias)}.
   *
   * @param x the input
   * @param kernel the kernel, in Keras's layout
   * @param bias the bias, ignored without a bias
   * @param z keeps what the backward pass needs (may be {@code y} for LINEAR)
   * @param y receives the output
   * @param training whether this is a training pass
   */
  void forward(INDArray x, INDArray kernel, INDArray bias, INDArray z, INDArray y, boolean training);

  /**
   * The backward pass after a training forward pass with the same arrays; every gradient is overwritten.
   *
   * @param gradY the gradient at the output
   * @param gradZ scratch for the gradient before the activation (may be {@code gradY} for LINEAR)
   * @param gradX receives the input gradient
   * @param gradKernel receives the kernel gradient
   * @param gradBias receives the bias gradient (ignored without a bias)
   */
  void backward(INDArray x, INDArray kernel, INDArray bias, INDArray z, INDArray y, INDArray gradY, INDArray gradZ,
      INDArray gradX, INDArray gradKernel, INDArray gradBias);
}
