package dev.lamina.runtime.kernel;

import java.util.Objects;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A depthwise convolution (Keras {@code DepthwiseConv2D}): each input channel is convolved with its
 * own {@code depthMultiplier} filters. libnd4j's {@code depthwise_conv2d} and
 * {@code depthwise_conv2d_bp}.
 *
 * <p>Shapes: input {@code [batch, h, w, c]}, kernel {@code [kH, kW, c, m]}, output
 * {@code [batch, oh, ow, c*m]} where output channel {@code i*m + j} is input channel {@code i}
 * filtered by multiplier {@code j} (Keras's order), bias {@code [c*m]}.
 *
 * <p>As for {@link Nd4jConv2D}, a dilated window bypasses libnd4j 1.0.0-M2.1's oneDNN helper, which
 * rejects some dilated {@code FLOAT} depthwise convolutions; the shapes libnd4j's depthwise op cannot
 * handle at all (one input channel, a 1x1 kernel on a 1x1 input) run as a convolution
 * ({@link DepthwiseAsConv}).
 */
final class Nd4jDepthwiseConv2D implements Nd4jWeighted {
  private static final int NHWC = 1;
  private static final int KERNEL_HWIM = 0;

  private final boolean useBias;
  private final NativeOp forward;
  private final NativeOp backward;
  private final SameCrop crop;
  private final DepthwiseAsConv asConv;

  /**
   * @param window kernel size, strides, dilation and padding
   * @param useBias whether a bias is added
   */
  Nd4jDepthwiseConv2D(Window2D window, boolean useBias) {
    Objects.requireNonNull(window, "window");
    this.useBias = useBias;
    this.crop = new SameCrop(window);
    long[] args = window.nativeArgs(NHWC, KERNEL_HWIM);
    NativeOp fwd = NativeOp.of("depthwise_conv2d", args);
    NativeOp bwd = NativeOp.of("depthwise_conv2d_bp", args);
    this.forward = window.needsPlainLibnd4j() ? fwd.withoutHelpers() : fwd;
    this.backward = window.needsPlainLibnd4j() ? bwd.withoutHelpers() : bwd;
    this.asConv = new DepthwiseAsConv(window, useBias);
  }

  /**
   * {@code y = depthwise(x, kernel) + bias}.
   *
   * @param x {@code [batch, h, w, c]}
   * @param kernel {@code [kH, kW, c, m]}
   * @param bias {@code [c*m]}, ignored without a bias
   * @param y {@code [batch, oh, ow, c*m]}, overwritten
   */
  @Override
  public void forward(INDArray x, INDArray kernel, INDArray bias, INDArray y) {
    if (DepthwiseAsConv.needed(x, kernel)) {
      asConv.forward(x, kernel, bias, y);
    } else if (useBias) {
      forward.run(new INDArray[] {crop.input(x), kernel, bias}, y);
    } else {
      forward.run(crop.input(x), kernel, y);
    }
  }

  /**
   * Input, kernel and bias gradients from the output gradient; all overwritten.
   *
   * @param x the forward input
   * @param kernel the forward kernel
   * @param bias the bias (ignored without a bias)
   * @param gradY the output gradient
   * @param gradX receives the input gradient
   * @param gradKernel receives the kernel gradient
   * @param gradBias receives the bias gradient (ignored without a bias)
   */
  @Override
  public void backward(INDArray x, INDArray kernel, INDArray bias, INDArray gradY, INDArray gradX,
      INDArray gradKernel, INDArray gradBias) {
    if (DepthwiseAsConv.needed(x, kernel)) {
      asConv.backward(x, kernel, bias, gradY, gradX, gradKernel, gradBias);
    } else if (useBias) {
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
    asConv.withoutHelpers();
  }
}
