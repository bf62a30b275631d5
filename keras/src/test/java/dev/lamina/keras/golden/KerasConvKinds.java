package dev.lamina.keras.golden;

import static dev.lamina.dsl.ActivationFunction.ELU;
import static dev.lamina.dsl.ActivationFunction.RELU;
import static dev.lamina.dsl.ActivationFunction.SELU;
import static dev.lamina.dsl.ActivationFunction.SIGMOID;
import static dev.lamina.dsl.ActivationFunction.SOFTMAX;
import static dev.lamina.dsl.ActivationFunction.TANH;
import static dev.lamina.dsl.Initializer.HE_NORMAL;
import static dev.lamina.dsl.Padding.SAME;

import dev.lamina.dsl.AvgPool;
import dev.lamina.dsl.BatchNorm;
import dev.lamina.dsl.Conv2D;
import dev.lamina.dsl.Conv2DTranspose;
import dev.lamina.dsl.Dense;
import dev.lamina.dsl.DepthwiseConv2D;
import dev.lamina.dsl.Dropout;
import dev.lamina.dsl.GlobalAvgPool;
import dev.lamina.dsl.Input;
import dev.lamina.dsl.MaxPool;
import dev.lamina.dsl.Network;
import dev.lamina.dsl.SeparableConv2D;
import dev.lamina.runtime.layer.BatchNormLayer;
import dev.lamina.runtime.layer.Conv2DLayer;
import dev.lamina.runtime.layer.Conv2DTransposeLayer;
import dev.lamina.runtime.layer.DenseLayer;
import dev.lamina.runtime.layer.DepthwiseConv2DLayer;
import dev.lamina.runtime.layer.DropoutLayer;
import dev.lamina.runtime.layer.PoolingLayer;
import dev.lamina.runtime.layer.SeparableConv2DLayer;

/**
 * The Keras model {@code conv_kinds} of {@code conv_kinds.h5} (a Keras 2 HDF5 model written by Keras 2.4.0),
 * declared for Lamina: 12 layers, 590 parameters.
 *
 * <p>Written by Lamina's Keras import. Load the trained weights into the generated class with
 * {@code KerasWeights.load(LaminaKerasConvKinds.create(0), Path.of("conv_kinds.h5"))}.
 */
@Network(input = @Input(height = 9, width = 8, channels = 3), params = 590)
public interface KerasConvKinds {
  /**
   * Keras layer {@code conv2d} (Conv2D): 9x8x3 -> 9x8x4.
   *
   * <p>Left out: kernel_regularizer L2(l2=0.01): Lamina has no regularizers (they affect training only; the
   * weights load as they are).
   */
  @Conv2D(filters = 4, kernelSize = 3, padding = SAME, activation = RELU, kernelInitializer = HE_NORMAL)
  Conv2DLayer conv2d();

  /** Keras layer {@code batch_normalization} (BatchNormalization): 9x8x4 -> 9x8x4. */
  @BatchNorm(momentum = 0.9, epsilon = 1e-5)
  BatchNormLayer batchNormalization();

  /**
   * Keras layer {@code depthwise_conv2d} (DepthwiseConv2D): 9x8x4 -> 4x3x8.
   *
   * <p>Lamina's warning is suppressed: its VALID window never reads the last 1 column of its 9x8x4 input, as
   * in Keras.
   */
  @SuppressWarnings("lamina")
  @DepthwiseConv2D(kernelSize = 3, strides = 2, depthMultiplier = 2, activation = TANH)
  DepthwiseConv2DLayer depthwiseConv2d();

  /** Keras layer {@code separable_conv2d} (SeparableConv2D): 4x3x8 -> 4x3x5. */
  @SeparableConv2D(filters = 5, kernelSize = {2, 3}, padding = SAME, depthMultiplier = 2, activation = ELU)
  SeparableConv2DLayer separableConv2d();

  /** Keras layer {@code conv2d_transpose} (Conv2DTranspose): 4x3x5 -> 8x6x3. */
  @Conv2DTranspose(filters = 3, kernelSize = 3, strides = 2, padding = SAME, activation = SIGMOID)
  Conv2DTransposeLayer conv2dTranspose();

  /** Keras layer {@code max_pooling2d} (MaxPooling2D): 8x6x3 -> 4x3x3. */
  @MaxPool(poolSize = 2)
  PoolingLayer maxPooling2d();

  /** Keras layer {@code average_pooling2d} (AveragePooling2D): 4x3x3 -> 4x3x3. */
  @AvgPool(poolSize = 3, strides = 1, padding = SAME)
  PoolingLayer averagePooling2d();

  /** Keras layer {@code conv2d_1} (Conv2D): 4x3x3 -> 4x3x4. */
  @Conv2D(filters = 4, kernelSize = 1, useBias = false)
  Conv2DLayer conv2d1();

  /** Keras layer {@code global_average_pooling2d} (GlobalAveragePooling2D): 4x3x4 -> 4. */
  @GlobalAvgPool
  PoolingLayer globalAveragePooling2d();

  /** Keras layer {@code dense} (Dense): 4 -> 6. */
  @Dense(units = 6, activation = SELU)
  DenseLayer dense();

  /** Keras layer {@code dropout} (Dropout): 6 -> 6. */
  @Dropout(rate = 0.3)
  DropoutLayer dropout();

  /** Keras layer {@code dense_1} (Dense): 6 -> 3. */
  @Dense(units = 3, activation = SOFTMAX)
  DenseLayer dense1();
}
