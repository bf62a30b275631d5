package dev.lamina.runtime.kernel;

import dev.lamina.dsl.ActivationFunction;
import dev.lamina.dsl.Padding;
import java.util.Objects;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A depthwise separable convolution (Keras {@code SeparableConv2D}): a depthwise convolution without
 * bias, then a 1x1 pointwise convolution with bias and activation. Input {@code [batch, h, w, c]},
 * depthwise kernel {@code [kH, kW, c, m]}, pointwise kernel {@code [1, 1, c*m, filters]}, output
 * {@code [batch, oh, ow, filters]}; the depthwise result {@code [batch, oh, ow, c*m]} is kept for the
 * backward pass. Each step runs as {@link DepthwiseConv2DKernel} and {@link Conv2DKernel} do.
 */
public final class SeparableConv2DKernel {
  private final DepthwiseConv2DKernel depthwise;
  private final Conv2DKernel pointwise;

  /**
   * @param window the depthwise step's kernel size, strides, dilation and padding
   * @param useBias whether a bias is added after the pointwise step
   * @param activation the activation applied after the pointwise step
   */
  public SeparableConv2DKernel(Window2D window, boolean useBias, ActivationFunction activation) {
    Objects.requireNonNull(window, "window");
    this.depthwise = new DepthwiseConv2DKernel(window, false, ActivationFunction.LINEAR);
    this.pointwise = new Conv2DKernel(Window2D.of(1, 1, 1, 1, Padding.VALID), useBias, activation);
  }

  /**
   * {@code y = f(pointwise(depthwise(x)) + bias)}.
   *
   * @param x {@code [batch, h, w, c]}
   * @param depthwiseKernel {@code [kH, kW, c, m]}
   * @param pointwiseKernel {@code [1, 1, c*m, filters]}
   * @param bias {@code [filters]}, ignored without a bias
   * @param depthwiseOut receives the depthwise result {@code [batch, oh, ow, c*m]}, kept for backward
   * @param z keeps what the backward pass needs (may be {@code y} for LINEAR)
   * @param y {@code [batch, oh, ow, filters]}, overwritten
   * @param training whether this is a training pass
   */
  public void forward(INDArray x, INDArray depthwiseKernel, INDArray pointwiseKernel, INDArray bias,
      INDArray depthwiseOut, INDArray z, INDArray y, boolean training) {
    depthwise.forward(x, depthwiseKernel, null, depthwiseOut, depthwiseOut, training);
    pointwise.forward(depthwiseOut, pointwiseKernel, bias, z, y, training);
  }

  /**
   * Input, kernel and bias gradients from the output gradient; all overwritten.
   *
   * @param x the forward input
   * @param depthwiseKernel the forward depthwise kernel
   * @param pointwiseKernel the forward pointwise kernel
   * @param bias the bias (ignored without a bias)
   * @param depthwiseOut the depthwise result of the forward pass
   * @param z what the forward pass kept
   * @param y the forward output
   * @param gradY the output gradient
   * @param gradZ scratch for the gradient before the activation (may be {@code gradY} for LINEAR)
   * @param depthwiseGrad scratch for the gradient at the depthwise result, shaped like it
   * @param gradX receives the input gradient
   * @param gradDepthwiseKernel receives the depthwise kernel gradient
   * @param gradPointwiseKernel receives the pointwise kernel gradient
   * @param gradBias receives the bias gradient (ignored without a bias)
   */
  public void backward(INDArray x, INDArray depthwiseKernel, INDArray pointwiseKernel, INDArray bias,
      INDArray depthwiseOut, INDArray z, INDArray y, INDArray gradY, INDArray gradZ, INDArray depthwiseGrad,
      INDArray gradX, INDArray gradDepthwiseKernel, INDArray gradPointwiseKernel, INDArray gradBias) {
    pointwise.backward(depthwiseOut, pointwiseKernel, bias, z, y, gradY, gradZ, depthwiseGrad, gradPointwiseKernel,
        gradBias);
    depthwise.backward(x, depthwiseKernel, null, depthwiseOut, depthwiseOut, depthwiseGrad, depthwiseGrad, gradX,
        gradDepthwiseKernel, null);
  }
}
