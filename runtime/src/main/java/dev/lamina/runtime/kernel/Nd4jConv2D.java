package dev.lamina.runtime.kernel;

import java.util.Objects;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A 2-D convolution (Keras {@code Conv2D}) on NHWC tensors with a {@code [kH, kW, inChannels, filters]}
 * kernel: libnd4j's {@code conv2d} and {@code conv2d_bp}.
 *
 * <p>Shapes: input {@code [batch, h, w, inChannels]}, output {@code [batch, oh, ow, filters]} with
 * {@code oh, ow} as the {@link Window2D}'s padding defines, bias {@code [filters]}.
 *
 * <p>libnd4j 1.0.0-M2.1's oneDNN helper fails on dilated {@code FLOAT} convolutions ("could not create a
 * descriptor for a dilated convolution forward propagation primitive"), so a dilated window runs on
 * libnd4j's own implementation.
 */
final class Nd4jConv2D implements Nd4jWeighted {
  private static final int NHWC = 1;
  private static final int KERNEL_HWIO = 0;

  private final boolean useBias;
  private final NativeOp forward;
  private final NativeOp backward;
  private final SameCrop crop;

  /**
   * @param window kernel size, strides, dilation and padding
   * @param useBias whether a bias is added (and its gradient computed)
   */
  Nd4jConv2D(Window2D window, boolean useBias) {
    Objects.requireNonNull(window, "window");
    this.useBias = useBias;
    this.crop = new SameCrop(window);
    long[] args = window.nativeArgs(NHWC, KERNEL_HWIO);
    NativeOp fwd = NativeOp.of("conv2d", args);
    NativeOp bwd = NativeOp.of("conv2d_bp", args);
    this.forward = window.needsPlainLibnd4j() ? fwd.withoutHelpers() : fwd;
    this.backward = window.needsPlainLibnd4j() ? bwd.withoutHelpers() : bwd;
  }

  /**
   * {@code y = conv(x, kernel) + bias}.
   *
   * @param x {@code [batch, h, w, inChannels]}
   * @param kernel {@code [kH, kW, inChannels, filters]}
   * @param bias {@code [filters]}, ignored without a bias
   * @param y {@code [batch, oh, ow, filters]}, overwritten
   */
  @Override
  public void forward(INDArray x, INDArray kernel, INDArray bias, INDArray y) {
    if (useBias) {
      forward.run(new INDArray[] {crop.input(x), kernel, bias}, y);
    } else {
      forward.run(crop.input(x), kernel, y);
    }
  }

  /**
   * Gradients of the loss with respect to the input, kernel and bias, given its gradient at the
   * output. Every gradient is overwritten.
   *
   * @param x the forward input
   * @param kernel the kernel of the forward pass
   * @param bias the bias (ignored without a bias)
   * @param gradY the gradient at the output, shaped like {@code y}
   * @param gradX receives the input gradient, shaped like {@code x}
   * @param gradKernel receives the kernel gradient
   * @param gradBias receives the bias gradient (ignored without a bias)
   */
  @Override
  public void backward(INDArray x, INDArray kernel, INDArray bias, INDArray gradY, INDArray gradX,
      INDArray gradKernel, INDArray gradBias) {
    if (useBias) {
      INDArray g = crop.gradient(x, gradX);
      backward.run(new INDArray[] {crop.input(x), kernel, bias, gradY}, g, gradKernel, gradBias);
      crop.finish(gradX, g);
    } else {
      INDArray g = crop.gradient(x, gradX);
      backward.run(new INDArray[] {crop.input(x), kernel, gradY}, g, gradKernel);
      crop.finish(gradX, g);
    }
  }

  @Override
  public void withoutHelpers() {
    forward.withoutHelpers();
    backward.withoutHelpers();
  }
}
