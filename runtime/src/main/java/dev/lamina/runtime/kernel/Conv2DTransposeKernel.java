package dev.lamina.runtime.kernel;

import dev.lamina.dsl.ActivationFunction;
import dev.lamina.runtime.kernel.onednn.FusedLayer;
import java.util.Objects;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A transposed convolution (Keras {@code Conv2DTranspose}) with its bias and activation: input
 * {@code [batch, h, w, c]}, kernel {@code [kH, kW, filters, c]} (Keras's layout), output
 * {@code [batch, oh, ow, filters]} with {@code oh = h*s} (SAME) or {@code h*s + max(k - s, 0)} (VALID),
 * as Keras's {@code deconv_output_length}. {@code FLOAT} runs on oneDNN's deconvolution, except VALID
 * windows smaller than their strides, whose output is larger than oneDNN's; those and {@code DOUBLE}
 * run on libnd4j's {@code deconv2d} / {@code deconv2d_bp}. A kernel shorter than its stride runs as
 * the same kernel zero-padded to the stride ({@link StrideLongKernel}), which gives the same output
 * and avoids the native kernels' faults on short kernels (docs/native-safety.md).
 */
public final class Conv2DTransposeKernel implements WeightedKernel {
  private final FusedKernel kernel;
  private final StrideLongKernel padding;

  /**
   * @param window kernel size, strides (the upsampling factor) and padding; no dilation
   * @param useBias whether a bias is added
   * @param activation the activation applied to the transposed convolution plus bias
   * @throws IllegalArgumentException if the window is dilated
   */
  public Conv2DTransposeKernel(Window2D window, boolean useBias, ActivationFunction activation) {
    Objects.requireNonNull(window, "window");
    this.padding = window.shorterThanStride() ? new StrideLongKernel(window) : null;
    Window2D run = padding == null ? window : StrideLongKernel.paddedWindow(window);
    this.kernel = new FusedKernel(FusedLayer.Kind.TRANSPOSED, run, useBias, activation,
        new Nd4jConv2DTranspose(run, useBias), true);
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
    this.kernel.forward(x, padding == null ? kernel : padding.pad(kernel), bias, z, y, training);
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
    if (padding == null) {
      this.kernel.backward(x, kernel, bias, z, y, gradY, gradZ, gradX, gradKernel, gradBias);
      return;
    }
    this.kernel.backward(x, padding.pad(kernel), bias, z, y, gradY, gradZ, gradX, padding.paddedGradient(), gradBias);
    padding.crop(gradKernel);
  }
}
