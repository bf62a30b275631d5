package dev.lamina.keras.golden;

import static dev.lamina.dsl.ActivationFunction.RELU;
import static dev.lamina.dsl.ActivationFunction.SOFTMAX;

import dev.lamina.dsl.Conv2D;
import dev.lamina.dsl.Dense;
import dev.lamina.dsl.Dropout;
import dev.lamina.dsl.Flatten;
import dev.lamina.dsl.Input;
import dev.lamina.dsl.MaxPool;
import dev.lamina.dsl.Network;
import dev.lamina.runtime.layer.Conv2DLayer;
import dev.lamina.runtime.layer.DenseLayer;
import dev.lamina.runtime.layer.DropoutLayer;
import dev.lamina.runtime.layer.FlattenLayer;
import dev.lamina.runtime.layer.PoolingLayer;

/**
 * The Keras model {@code sequential} of {@code fashion_cnn_keras2.h5} (a Keras 2 HDF5 model written by Keras
 * 2.4.0), declared for Lamina: 12 layers, 158,106 parameters.
 *
 * <p>Written by Lamina's Keras import. Load the trained weights into the generated class with
 * {@code KerasWeights.load(LaminaKerasFashionCnn.create(0), Path.of("fashion_cnn_keras2.h5"))}.
 */
@Network(input = @Input(height = 28, width = 28, channels = 1), params = 158_106)
public interface KerasFashionCnn {
  /** Keras layer {@code conv2d} (Conv2D): 28x28x1 -> 26x26x16. */
  @Conv2D(filters = 16, kernelSize = 3, activation = RELU)
  Conv2DLayer conv2d();

  /** Keras layer {@code conv2d_1} (Conv2D): 26x26x16 -> 24x24x16. */
  @Conv2D(filters = 16, kernelSize = 3, activation = RELU)
  Conv2DLayer conv2d1();

  /** Keras layer {@code max_pooling2d} (MaxPooling2D): 24x24x16 -> 12x12x16. */
  @MaxPool(poolSize = 2)
  PoolingLayer maxPooling2d();

  /** Keras layer {@code dropout} (Dropout): 12x12x16 -> 12x12x16. */
  @Dropout(rate = 0.25)
  DropoutLayer dropout();

  /** Keras layer {@code conv2d_2} (Conv2D): 12x12x16 -> 10x10x32. */
  @Conv2D(filters = 32, kernelSize = 3, activation = RELU)
  Conv2DLayer conv2d2();

  /** Keras layer {@code conv2d_3} (Conv2D): 10x10x32 -> 8x8x64. */
  @Conv2D(filters = 64, kernelSize = 3, activation = RELU)
  Conv2DLayer conv2d3();

  /** Keras layer {@code max_pooling2d_1} (MaxPooling2D): 8x8x64 -> 4x4x64. */
  @MaxPool(poolSize = 2)
  PoolingLayer maxPooling2d1();

  /** Keras layer {@code dropout_1} (Dropout): 4x4x64 -> 4x4x64. */
  @Dropout(rate = 0.25)
  DropoutLayer dropout1();

  /** Keras layer {@code flatten} (Flatten): 4x4x64 -> 1024. */
  @Flatten
  FlattenLayer flatten();

  /** Keras layer {@code dense} (Dense): 1024 -> 128. */
  @Dense(units = 128, activation = RELU)
  DenseLayer dense();

  /** Keras layer {@code dropout_2} (Dropout): 128 -> 128. */
  @Dropout(rate = 0.25)
  DropoutLayer dropout2();

  /** Keras layer {@code dense_1} (Dense): 128 -> 10. */
  @Dense(units = 10, activation = SOFTMAX)
  DenseLayer dense1();
}
