package dev.lamina.samples.nets;

import static dev.lamina.dsl.ActivationFunction.RELU;
import static dev.lamina.dsl.ActivationFunction.TANH;
import static dev.lamina.dsl.Padding.SAME;
import static dev.lamina.dsl.Padding.VALID;

import dev.lamina.dsl.Conv2D;
import dev.lamina.dsl.Conv2DTranspose;
import dev.lamina.dsl.DepthwiseConv2D;
import dev.lamina.dsl.Input;
import dev.lamina.dsl.Network;
import dev.lamina.dsl.SeparableConv2D;
import dev.lamina.runtime.layer.Conv2DLayer;
import dev.lamina.runtime.layer.Conv2DTransposeLayer;
import dev.lamina.runtime.layer.DepthwiseConv2DLayer;
import dev.lamina.runtime.layer.SeparableConv2DLayer;

/**
 * One convolution layer per network, on an odd-sized {@code 7x5x2} input: SAME and VALID, strides 1
 * and 2, dilation, depth multipliers 1 and 2, with and without bias.
 */
public final class ConvNets {
  private ConvNets() {}

  @Network(input = @Input(height = 7, width = 5, channels = 2))
  public interface ConvSame {
    @Conv2D(filters = 3, kernelSize = 3, padding = SAME)
    Conv2DLayer conv();
  }

  @Network(input = @Input(height = 7, width = 5, channels = 2))
  public interface ConvValidStride2NoBias {
    @SuppressWarnings("lamina") // drops the last column, deliberately
    @Conv2D(filters = 3, kernelSize = {3, 2}, strides = 2, padding = VALID, useBias = false)
    Conv2DLayer conv();
  }

  @Network(input = @Input(height = 7, width = 5, channels = 2))
  public interface ConvSameStride2 {
    @Conv2D(filters = 2, kernelSize = 3, strides = 2, padding = SAME, activation = TANH)
    Conv2DLayer conv();
  }

  @Network(input = @Input(height = 7, width = 5, channels = 2))
  public interface ConvDilatedSame {
    @Conv2D(filters = 2, kernelSize = 2, dilationRate = 2, padding = SAME)
    Conv2DLayer conv();
  }

  @Network(input = @Input(height = 7, width = 5, channels = 2))
  public interface ConvDilatedValid {
    @Conv2D(filters = 2, kernelSize = {2, 3}, dilationRate = {2, 1}, padding = VALID)
    Conv2DLayer conv();
  }

  @Network(input = @Input(height = 7, width = 5, channels = 2))
  public interface DepthwiseSame {
    @DepthwiseConv2D(kernelSize = 3, padding = SAME)
    DepthwiseConv2DLayer depthwise();
  }

  @Network(input = @Input(height = 7, width = 5, channels = 2))
  public interface DepthwiseValidStride2Multiplier2 {
    @DepthwiseConv2D(kernelSize = 3, strides = 2, depthMultiplier = 2, padding = VALID)
    DepthwiseConv2DLayer depthwise();
  }

  @Network(input = @Input(height = 7, width = 5, channels = 2))
  public interface DepthwiseDilatedMultiplier2NoBias {
    @DepthwiseConv2D(kernelSize = 2, dilationRate = 2, depthMultiplier = 2, padding = SAME, useBias = false)
    DepthwiseConv2DLayer depthwise();
  }

  /** One input channel: libnd4j's depthwise op fails on it, the kernel runs it as a convolution. */
  @Network(input = @Input(height = 7, width = 5, channels = 1))
  public interface DepthwiseSingleChannelMultiplier2 {
    @DepthwiseConv2D(kernelSize = 2, strides = 2, depthMultiplier = 2, padding = SAME)
    DepthwiseConv2DLayer depthwise();
  }

  /** A 1x1 kernel on a 1x1 input: libnd4j's depthwise op fails on it, the kernel runs it as a convolution. */
  @Network(input = @Input(height = 1, width = 1, channels = 3))
  public interface DepthwisePointOnPoint {
    @DepthwiseConv2D(kernelSize = 1, depthMultiplier = 2)
    DepthwiseConv2DLayer depthwise();
  }

  @Network(input = @Input(height = 7, width = 5, channels = 1))
  public interface SeparableSingleChannel {
    @SeparableConv2D(filters = 2, kernelSize = 3, padding = SAME)
    SeparableConv2DLayer separable();
  }

  @Network(input = @Input(height = 7, width = 5, channels = 2))
  public interface SeparableSame {
    @SeparableConv2D(filters = 3, kernelSize = 3, padding = SAME, activation = RELU)
    SeparableConv2DLayer separable();
  }

  @Network(input = @Input(height = 7, width = 5, channels = 2))
  public interface SeparableValidStride2Multiplier2NoBias {
    @SeparableConv2D(filters = 3, kernelSize = 3, strides = 2, depthMultiplier = 2, padding = VALID,
        useBias = false)
    SeparableConv2DLayer separable();
  }

  @Network(input = @Input(height = 7, width = 5, channels = 2))
  public interface SeparableDilatedSame {
    @SeparableConv2D(filters = 2, kernelSize = 2, dilationRate = 2, depthMultiplier = 2, padding = SAME)
    SeparableConv2DLayer separable();
  }

  @Network(input = @Input(height = 7, width = 5, channels = 2))
  public interface TransposeSame {
    @Conv2DTranspose(filters = 3, kernelSize = 3, padding = SAME)
    Conv2DTransposeLayer transpose();
  }

  @Network(input = @Input(height = 7, width = 5, channels = 2))
  public interface TransposeSameStride2 {
    @Conv2DTranspose(filters = 2, kernelSize = 3, strides = 2, padding = SAME)
    Conv2DTransposeLayer transpose();
  }

  @Network(input = @Input(height = 7, width = 5, channels = 2))
  public interface TransposeValidStride2NoBias {
    @Conv2DTranspose(filters = 2, kernelSize = 3, strides = 2, padding = VALID, useBias = false)
    Conv2DTransposeLayer transpose();
  }

  /** Kernel below stride: Keras's output {@code in*s} is larger than libnd4j's {@code (in-1)*s+k}. */
  @Network(input = @Input(height = 7, width = 5, channels = 2))
  public interface TransposeValidKernelBelowStride {
    @Conv2DTranspose(filters = 2, kernelSize = {1, 2}, strides = {2, 3}, padding = VALID)
    Conv2DTransposeLayer transpose();
  }
}
