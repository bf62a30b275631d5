package dev.lamina.runtime.kernel;

import dev.lamina.dsl.ActivationFunction;
import dev.lamina.runtime.kernel.onednn.FusedLayer;
import java.util.Objects;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A 2-D convolution (Keras {@code Conv2D}) with its bias and activation, on NHWC tensors with a
 * {@code [kH, kW, inChannels, filters]} kernel: input {@code [batch, h, w, inChannels]}, output
 * {@code [batch, oh, ow, filters]} with {@code oh, ow} as the {@link Window2D}'s padding defines.
 * {@code FLOAT} runs on oneDNN (convolution with bias and activation post-ops); {@code DOUBLE} on
 * libnd4j's {@code conv2d} / {@code conv2d_bp}. A kernel shorter than its stride runs on oneDNN as the
 * kernel zero-padded to the stride ({@link StrideLongKernel}), with the same output and gradients.
 */
public final class Conv2DKernel implements WeightedKernel {
  private final FusedKernel kernel;

  /**
   * @param window kernel size, strides, dilation and padding
   * @param useBias whether a bias is added (and its gradient computed)
   * @param activation the activation applied to the convolution plus bias
   */
  public Conv2DKernel(Window2D window, boolean useBias, ActivationFunction activation) {
    Objects.requireNonNull(window, "window");
    boolean padded = window.shorterThanStride() && !window.dilated();
    this.kernel = new FusedKernel(FusedLayer.Kind.CONVOLUTION, window, useBias, activation,
        new Nd4jConv2D(window, useBias), !window.shorterThanStride() || padded,
        padded ? new StrideLongKernel(window) : null);
  }

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
  public void forward(INDArray x, INDArray kernel, INDArray bias, INDArray z, INDArray y, boolean training) {
    this.kernel.forward(x, kernel, bias, z, y, training);
  }

  /**
   * The backward pass after a training forward pass with the same arrays: the activation's derivative,
   * then the input, kernel and bias gradients. Every gradient is overwritten.
   *
   * @param x the forward input
   * @param kernel the forward kernel
   * @param bias the bias (ignored without a bias)
   * @param z what the forward pass kept
   * @param y the forward output
   * @param gradY the gradient at the output
   * @param gradZ scratch for the gradient before the activation (may be {@code gradY} for LINEAR)
   * @param gradX receives the input gradient
   * @param gradKernel receives the kernel gradient
   * @param gradBias receives the bias gradient (ignored without a bias)
   */
  public void backward(INDArray x, INDArray kernel, INDArray bias, INDArray z, INDArray y, INDArray gradY,
      INDArray gradZ, INDArray gradX, INDArray gradKernel, INDArray gradBias) {
    this.kernel.backward(x, kernel, bias, z, y, gradY, gradZ, gradX, gradKernel, gradBias);
  }

  /** Whether {@code FLOAT} passes run on oneDNN (after the first pass: not when oneDNN rejected the shapes). */
  boolean onOnednn() {
    return kernel.onOnednn();
  }
}
