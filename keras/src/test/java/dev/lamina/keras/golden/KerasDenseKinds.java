package dev.lamina.keras.golden;

import static dev.lamina.dsl.ActivationFunction.LEAKY_RELU;
import static dev.lamina.dsl.ActivationFunction.RELU;
import static dev.lamina.dsl.ActivationFunction.SIGMOID;
import static dev.lamina.dsl.ActivationFunction.SOFTPLUS;
import static dev.lamina.dsl.ActivationFunction.SWISH;
import static dev.lamina.dsl.Padding.SAME;

import dev.lamina.dsl.Activation;
import dev.lamina.dsl.BatchNorm;
import dev.lamina.dsl.Conv2D;
import dev.lamina.dsl.Conv2DTranspose;
import dev.lamina.dsl.Dense;
import dev.lamina.dsl.Flatten;
import dev.lamina.dsl.Input;
import dev.lamina.dsl.MaxPool;
import dev.lamina.dsl.Network;
import dev.lamina.runtime.layer.ActivationLayer;
import dev.lamina.runtime.layer.BatchNormLayer;
import dev.lamina.runtime.layer.Conv2DLayer;
import dev.lamina.runtime.layer.Conv2DTransposeLayer;
import dev.lamina.runtime.layer.DenseLayer;
import dev.lamina.runtime.layer.FlattenLayer;
import dev.lamina.runtime.layer.PoolingLayer;

/**
 * The Keras model {@code dense_kinds} of {@code dense_kinds.h5} (a Keras 2 HDF5 model written by Keras
 * 2.4.0), declared for Lamina: 11 layers, 506 parameters.
 *
 * <p>Written by Lamina's Keras import. Load the trained weights into the generated class with
 * {@code KerasWeights.load(LaminaKerasDenseKinds.create(0), Path.of("dense_kinds.h5"))}.
 */
@Network(input = @Input(height = 7, width = 6, channels = 2), params = 506)
public interface KerasDenseKinds {
  /** Keras layer {@code block1_conv} (Conv2D): 7x6x2 -> 5x4x3. */
  @Conv2D(filters = 3, kernelSize = 2, dilationRate = 2, activation = SWISH, useBias = false)
  Conv2DLayer block1Conv();

  /** Keras layer {@code block1_bn} (BatchNormalization): 5x4x3 -> 5x4x3. */
  @BatchNorm(center = false)
  BatchNormLayer block1Bn();

  /** Keras layer {@code block1_act} (Activation): 5x4x3 -> 5x4x3. */
  @Activation(SOFTPLUS)
  ActivationLayer block1Act();

  /** Keras layer {@code up} (Conv2DTranspose): 5x4x3 -> 10x8x3. */
  @Conv2DTranspose(filters = 3, kernelSize = 2, strides = 2)
  Conv2DTransposeLayer up();

  /** Keras layer {@code relu} (ReLU): 10x8x3 -> 10x8x3. */
  @Activation(RELU)
  ActivationLayer relu();

  /** Keras layer {@code pool} (MaxPooling2D): 10x8x3 -> 5x4x3. */
  @MaxPool(poolSize = 3, strides = 2, padding = SAME)
  PoolingLayer pool();

  /** Keras layer {@code flat} (Flatten): 5x4x3 -> 60. */
  @Flatten
  FlattenLayer flat();

  /** Keras layer {@code features_bn} (BatchNormalization): 60 -> 60. */
  @BatchNorm(scale = false)
  BatchNormLayer featuresBn();

  /**
   * Keras layer {@code fc} (Dense): 60 -> 4.
   *
   * <p>Left out: kernel_initializer RandomNormal(mean=0.0, stddev=0.05): Lamina has no such initializer, so
   * kernelInitializer keeps GLOROT_UNIFORM (it matters only when training starts from scratch).
   */
  @Dense(units = 4, activation = LEAKY_RELU)
  DenseLayer fc();

  /** Keras layer {@code leaky} (LeakyReLU): 4 -> 4. */
  @Activation(LEAKY_RELU)
  ActivationLayer leaky();

  /** Keras layer {@code out} (Dense): 4 -> 2. */
  @Dense(units = 2, activation = SIGMOID)
  DenseLayer out();
}
