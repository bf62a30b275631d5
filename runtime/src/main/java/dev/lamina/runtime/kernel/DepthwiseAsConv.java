package dev.lamina.runtime.kernel;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A depthwise convolution computed as an ordinary convolution, for the shapes where libnd4j
 * 1.0.0-M2.1's {@code depthwise_conv2d}/{@code _bp} fail (found by the shape property test):
 *
 * <ul>
 *   <li>one input channel: the depthwise kernel {@code [kH, kW, 1, m]} already is a convolution kernel
 *       with {@code m} filters, and output channel {@code 0*m + j = j};
 *   <li>a 1x1 kernel on a 1x1 input: a block-diagonal 1x1 kernel {@code [1, 1, c, c*m]} with
 *       {@code full[c, c*m + j] = depthwise[c, j]} (cheap at this size).
 * </ul>
 */
final class DepthwiseAsConv {
  private final Nd4jConv2D conv;
  private INDArray full;
  private INDArray fullGradient;

  DepthwiseAsConv(Window2D window, boolean useBias) {
    this.conv = new Nd4jConv2D(window, useBias);
  }

  /** Whether libnd4j's depthwise op must be avoided for this input and kernel. */
  static boolean needed(INDArray x, INDArray kernel) {
    boolean singleChannel = x.size(3) == 1;
    boolean pointOnPoint = kernel.size(0) == 1 && kernel.size(1) == 1 && x.size(1) == 1 && x.size(2) == 1;
    return singleChannel || pointOnPoint;
  }

  void forward(INDArray x, INDArray kernel, INDArray bias, INDArray y) {
    conv.forward(x, convKernel(kernel), bias, y);
  }

  void backward(INDArray x, INDArray kernel, INDArray bias, INDArray gradY, INDArray gradX, INDArray gradKernel,
      INDArray gradBias) {
    if (x.size(3) == 1) {
      conv.backward(x, kernel, bias, gradY, gradX, gradKernel, gradBias);
      return;
    }
    conv.backward(x, convKernel(kernel), bias, gradY, gradX, fullGradient, gradBias);
    long channels = kernel.size(2);
    long multiplier = kernel.size(3);
    for (long c = 0; c < channels; c++) {
      for (long j = 0; j < multiplier; j++) {
        gradKernel.putScalar(new long[] {0, 0, c, j}, fullGradient.getDouble(0, 0, c, c * multiplier + j));
      }
    }
  }

  private INDArray convKernel(INDArray kernel) {
    long channels = kernel.size(2);
    if (channels == 1) {
      return kernel;
    }
    long multiplier = kernel.size(3);
    if (full == null || full.size(2) != channels || full.dataType() != kernel.dataType()) {
      full = Nd4j.create(kernel.dataType(), 1, 1, channels, channels * multiplier);
      fullGradient = Nd4j.create(kernel.dataType(), 1, 1, channels, channels * multiplier);
    }
    for (long c = 0; c < channels; c++) {
      for (long j = 0; j < multiplier; j++) {
        full.putScalar(new long[] {0, 0, c, c * multiplier + j}, kernel.getDouble(0, 0, c, j));
      }
    }
    return full;
  }

  /** See {@link Nd4jWeighted#withoutHelpers}. */
  void withoutHelpers() {
    conv.withoutHelpers();
  }
}
