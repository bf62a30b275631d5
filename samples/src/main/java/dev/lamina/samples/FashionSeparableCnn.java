package dev.lamina.samples;

import static dev.lamina.dsl.ActivationFunction.SELU;
import static dev.lamina.dsl.ActivationFunction.SOFTMAX;
import static dev.lamina.dsl.Padding.SAME;

import dev.lamina.dsl.Conv2D;
import dev.lamina.dsl.Dense;
import dev.lamina.dsl.Flatten;
import dev.lamina.dsl.Input;
import dev.lamina.dsl.MaxPool;
import dev.lamina.dsl.Network;
import dev.lamina.dsl.SeparableConv2D;
import dev.lamina.runtime.layer.Conv2DLayer;
import dev.lamina.runtime.layer.DenseLayer;
import dev.lamina.runtime.layer.Layer;
import dev.lamina.runtime.layer.SeparableConv2DLayer;

/**
 * The tutorial's depthwise separable variant of {@link FashionCnn}: the first layer stays a
 * convolution (one input channel has nothing to separate), the other five are
 * {@code SeparableConv2D}. 184,234 parameters, checked by the compiler.
 *
 * <p>Input {@code [batch, 28, 28, 1]}, output {@code [batch, 10]} class probabilities.
 */
@Network(input = @Input(height = 28, width = 28, channels = 1), params = 184_234)
public interface FashionSeparableCnn {
  @Conv2D(filters = 32, kernelSize = 3, padding = SAME, activation = SELU)
  Conv2DLayer conv1();

  @SeparableConv2D(filters = 32, kernelSize = 3, padding = SAME, activation = SELU)
  SeparableConv2DLayer sep2();

  @MaxPool(poolSize = 2)
  Layer pool1();

  @SeparableConv2D(filters = 64, kernelSize = 3, padding = SAME, activation = SELU)
  SeparableConv2DLayer sep3();

  @SeparableConv2D(filters = 64, kernelSize = 3, padding = SAME, activation = SELU)
  SeparableConv2DLayer sep4();

  @MaxPool(poolSize = 2)
  Layer pool2();

  @SeparableConv2D(filters = 128, kernelSize = 3, padding = SAME, activation = SELU)
  SeparableConv2DLayer sep5();

  @SeparableConv2D(filters = 128, kernelSize = 3, padding = SAME, activation = SELU)
  SeparableConv2DLayer sep6();

  @SuppressWarnings("lamina") // 7x7 -> 3x3 drops the last row and column, as in the tutorial
  @MaxPool(poolSize = 2)
  Layer pool3();

  @Flatten
  Layer flatten();

  @Dense(units = 128, activation = SELU)
  DenseLayer dense1();

  @Dense(units = 10, activation = SOFTMAX)
  DenseLayer output();
}
