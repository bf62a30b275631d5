package dev.lamina.keras.nets;

import static dev.lamina.dsl.ActivationFunction.ELU;
import static dev.lamina.dsl.ActivationFunction.RELU;
import static dev.lamina.dsl.ActivationFunction.SELU;
import static dev.lamina.dsl.ActivationFunction.SIGMOID;
import static dev.lamina.dsl.ActivationFunction.SOFTMAX;
import static dev.lamina.dsl.ActivationFunction.TANH;
import static dev.lamina.dsl.Padding.SAME;

import dev.lamina.dsl.Activation;
import dev.lamina.dsl.AvgPool;
import dev.lamina.dsl.BatchNorm;
import dev.lamina.dsl.Conv2D;
import dev.lamina.dsl.Conv2DTranspose;
import dev.lamina.dsl.Dense;
import dev.lamina.dsl.DepthwiseConv2D;
import dev.lamina.dsl.Dropout;
import dev.lamina.dsl.GlobalAvgPool;
import dev.lamina.dsl.GlobalMaxPool;
import dev.lamina.dsl.Input;
import dev.lamina.dsl.MaxPool;
import dev.lamina.dsl.Network;
import dev.lamina.dsl.SeparableConv2D;
import dev.lamina.runtime.layer.ActivationLayer;
import dev.lamina.runtime.layer.BatchNormLayer;
import dev.lamina.runtime.layer.Conv2DLayer;
import dev.lamina.runtime.layer.Conv2DTransposeLayer;
import dev.lamina.runtime.layer.DenseLayer;
import dev.lamina.runtime.layer.DepthwiseConv2DLayer;
import dev.lamina.runtime.layer.DropoutLayer;
import dev.lamina.runtime.layer.PoolingLayer;
import dev.lamina.runtime.layer.SeparableConv2DLayer;

/**
 * Networks declared by hand that differ from the test Keras models (see
 * {@code src/test/python/keras_files.py}) in one way each, for the loader's refusals and warnings.
 */
public final class MismatchedNets {
  private MismatchedNets() {}

  /** conv_kinds with 5 filters in its first convolution instead of 4. */
  @Network(input = @Input(height = 9, width = 8, channels = 3))
  public interface ConvKindsFiveFilters {
    @Conv2D(filters = 5, kernelSize = 3, padding = SAME, activation = RELU) Conv2DLayer conv();
    @BatchNorm(momentum = 0.9, epsilon = 1e-5) BatchNormLayer norm();
    @SuppressWarnings("lamina")
    @DepthwiseConv2D(kernelSize = 3, strides = 2, depthMultiplier = 2, activation = TANH) DepthwiseConv2DLayer depthwise();
    @SeparableConv2D(filters = 5, kernelSize = {2, 3}, padding = SAME, depthMultiplier = 2, activation = ELU)
    SeparableConv2DLayer separable();
    @Conv2DTranspose(filters = 3, kernelSize = 3, strides = 2, padding = SAME, activation = SIGMOID)
    Conv2DTransposeLayer up();
    @MaxPool(poolSize = 2) PoolingLayer maxPool();
    @AvgPool(poolSize = 3, strides = 1, padding = SAME) PoolingLayer avgPool();
    @Conv2D(filters = 4, kernelSize = 1, useBias = false) Conv2DLayer pointwise();
    @GlobalAvgPool PoolingLayer global();
    @Dense(units = 6, activation = SELU) DenseLayer hidden();
    @Dropout(rate = 0.3) DropoutLayer dropout();
    @Dense(units = 3, activation = SOFTMAX) DenseLayer output();
  }

  /** conv_kinds with the same shapes, but SELU instead of RELU in the first convolution and dropout 0.5, not 0.3. */
  @Network(input = @Input(height = 9, width = 8, channels = 3))
  public interface ConvKindsOtherActivation {
    @Conv2D(filters = 4, kernelSize = 3, padding = SAME, activation = SELU) Conv2DLayer conv();
    @BatchNorm(momentum = 0.9, epsilon = 1e-5) BatchNormLayer norm();
    @SuppressWarnings("lamina")
    @DepthwiseConv2D(kernelSize = 3, strides = 2, depthMultiplier = 2, activation = TANH) DepthwiseConv2DLayer depthwise();
    @SeparableConv2D(filters = 5, kernelSize = {2, 3}, padding = SAME, depthMultiplier = 2, activation = ELU)
    SeparableConv2DLayer separable();
    @Conv2DTranspose(filters = 3, kernelSize = 3, strides = 2, padding = SAME, activation = SIGMOID)
    Conv2DTransposeLayer up();
    @MaxPool(poolSize = 2) PoolingLayer maxPool();
    @AvgPool(poolSize = 3, strides = 1, padding = SAME) PoolingLayer avgPool();
    @Conv2D(filters = 4, kernelSize = 1, useBias = false) Conv2DLayer pointwise();
    @GlobalAvgPool PoolingLayer global();
    @Dense(units = 6, activation = SELU) DenseLayer hidden();
    @Dropout(rate = 0.5) DropoutLayer dropout();
    @Dense(units = 3, activation = SOFTMAX) DenseLayer output();
  }

  /** small_kinds declared with its own layer names: layers pair by order, not by name. */
  @Network(input = @Input(height = 5, width = 5, channels = 2))
  public interface SmallKindsRenamed {
    @DepthwiseConv2D(kernelSize = 2, padding = SAME, dilationRate = 2, useBias = false) DepthwiseConv2DLayer spatial();
    @SuppressWarnings("lamina") @Activation(SOFTMAX) ActivationLayer attention();
    @GlobalMaxPool PoolingLayer pool();
    @Activation(ELU) ActivationLayer act();
    @Dense(units = 3) DenseLayer classes();
  }

  /** small_kinds with 4 output units instead of 3. */
  @Network(input = @Input(height = 5, width = 5, channels = 2))
  public interface SmallKindsWiderLogits {
    @DepthwiseConv2D(kernelSize = 2, padding = SAME, dilationRate = 2, useBias = false) DepthwiseConv2DLayer spatial();
    @SuppressWarnings("lamina") @Activation(SOFTMAX) ActivationLayer attention();
    @GlobalMaxPool PoolingLayer pool();
    @Activation(ELU) ActivationLayer act();
    @Dense(units = 4) DenseLayer classes();
  }

  /** small_kinds without its ELU layer. */
  @Network(input = @Input(height = 5, width = 5, channels = 2))
  public interface SmallKindsWithoutElu {
    @DepthwiseConv2D(kernelSize = 2, padding = SAME, dilationRate = 2, useBias = false) DepthwiseConv2DLayer spatial();
    @SuppressWarnings("lamina") @Activation(SOFTMAX) ActivationLayer attention();
    @GlobalMaxPool PoolingLayer pool();
    @Dense(units = 3) DenseLayer classes();
  }
}
