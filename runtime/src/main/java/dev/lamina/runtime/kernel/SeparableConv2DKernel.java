package dev.lamina.runtime.kernel;

import dev.lamina.dsl.Padding;
import java.util.Objects;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A depthwise separable convolution (Keras {@code SeparableConv2D}; Chollet, 2017, "Xception"): a
 * depthwise convolution without bias, then a 1x1 pointwise convolution with the bias. Runs as the two
 * libnd4j ops {@code depthwise_conv2d} and {@code conv2d} (and their {@code _bp}), both backed by
 * oneDNN; the depthwise result is kept by the caller for the backward pass.
 *
 * <p>Shapes: input {@code [batch, h, w, c]}, depthwise kernel {@code [kH, kW, c, m]}, depthwise
 * result {@code [batch, oh, ow, c*m]}, pointwise kernel {@code [1, 1, c*m, filters]}, output
 * {@code [batch, oh, ow, filters]}, bias {@code [filters]}.
 */
public final class SeparableConv2DKernel {
  private final DepthwiseConv2DKernel depthwise;
  private final Conv2DKernel pointwise;

  /**
   * @param window the depthwise step's kernel size, strides, dilation and padding
   * @param useBias whether a bias is added after the pointwise step
   */
  public SeparableConv2DKernel(Window2D window, boolean useBias) {
    Objects.requireNonNull(window, "window");
    this.depthwise = new DepthwiseConv2DKernel(window, false);
    this.pointwise = new Conv2DKernel(Window2D.of(1, 1, 1, 1, Padding.VALID), useBias);
  }

  /**
   * {@code y = pointwise(depthwise(x)) + bias}.
   *
   * @param x {@code [batch, h, w, c]}
   * @param depthwiseKernel {@code [kH, kW, c, m]}
   * @param pointwiseKernel {@code [1, 1, c*m, filters]}
   * @param bias {@code [filters]}, ignored without a bias
   * @param depthwiseOut receives the depthwise result {@code [batch, oh, ow, c*m]}, kept for backward
   * @param y {@code [batch, oh, ow, filters]}, overwritten
   */
  public void forward(INDArray x, INDArray depthwiseKernel, INDArray pointwiseKernel, INDArray bias,
      INDArray depthwiseOut, INDArray y) {
    depthwise.forward(x, depthwiseKernel, null, depthwiseOut);
    pointwise.forward(depthwiseOut, pointwiseKernel, bias, y);
  }

  /**
   * Input, kernel and bias gradients from the output gradient; all overwritten.
   *
   * @param x the forward input
   * @param depthwiseKernel the forward depthwise kernel
   * @param pointwiseKernel the forward pointwise kernel
   * @param bias the bias (ignored without a bias)
   * @param depthwiseOut the depthwise result of the forward pass
   * @param gradY the output gradient
   * @param depthwiseGrad scratch for the gradient at the depthwise result, shaped like it
   * @param gradX receives the input gradient
   * @param gradDepthwiseKernel receives the depthwise kernel gradient
   * @param gradPointwiseKernel receives the pointwise kernel gradient
   * @param gradBias receives the bias gradient (ignored without a bias)
   */
  public void backward(INDArray x, INDArray depthwiseKernel, INDArray pointwiseKernel, INDArray bias,
      INDArray depthwiseOut, INDArray gradY, INDArray depthwiseGrad, INDArray gradX, INDArray gradDepthwiseKernel,
      INDArray gradPointwiseKernel, INDArray gradBias) {
    pointwise.backward(depthwiseOut, pointwiseKernel, bias, gradY, depthwiseGrad, gradPointwiseKernel, gradBias);
    depthwise.backward(x, depthwiseKernel, null, depthwiseGrad, gradX, gradDepthwiseKernel, null);
  }
}
