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
import dev.lamina.runtime.layer.Conv2DLayer;
import dev.lamina.runtime.layer.DenseLayer;
import dev.lamina.runtime.layer.Layer;

/**
 * The Keras tutorial's convolutional network for Fashion-MNIST: three blocks of two 3x3 SAME
 * convolutions (32, 64, 128 filters, SELU) each followed by 2x2 max pooling, then a 128-unit SELU
 * dense layer and a 10-way softmax. 435,306 parameters, checked by the compiler.
 *
 * <p>Input {@code [batch, 28, 28, 1]}, output {@code [batch, 10]} class probabilities.
 */
@Network(input = @Input(height = 28, width = 28, channels = 1), params = 435_306)
public interface FashionCnn {
  @Conv2D(filters = 32, kernelSize = 3, padding = SAME, activation = SELU)
  Conv2DLayer conv1();

  @Conv2D(filters = 32, kernelSize = 3, padding = SAME, activation = SELU)
  Conv2DLayer conv2();

  @MaxPool(poolSize = 2)
  Layer pool1();

  @Conv2D(filters = 64, kernelSize = 3, padding = SAME, activation = SELU)
  Conv2DLayer conv3();

  @Conv2D(filters = 64, kernelSize = 3, padding = SAME, activation = SELU)
  Conv2DLayer conv4();

  @MaxPool(poolSize = 2)
  Layer pool2();

  @Conv2D(filters = 128, kernelSize = 3, padding = SAME, activation = SELU)
  Conv2DLayer conv5();

  @Conv2D(filters = 128, kernelSize = 3, padding = SAME, activation = SELU)
  Conv2DLayer conv6();

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
