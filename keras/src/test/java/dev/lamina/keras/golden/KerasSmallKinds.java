package dev.lamina.keras.golden;

import static dev.lamina.dsl.ActivationFunction.ELU;
import static dev.lamina.dsl.ActivationFunction.SOFTMAX;
import static dev.lamina.dsl.Padding.SAME;

import dev.lamina.dsl.Activation;
import dev.lamina.dsl.Dense;
import dev.lamina.dsl.DepthwiseConv2D;
import dev.lamina.dsl.GlobalMaxPool;
import dev.lamina.dsl.Input;
import dev.lamina.dsl.Network;
import dev.lamina.runtime.layer.ActivationLayer;
import dev.lamina.runtime.layer.DenseLayer;
import dev.lamina.runtime.layer.DepthwiseConv2DLayer;
import dev.lamina.runtime.layer.PoolingLayer;

/**
 * The Keras model {@code small_kinds} of {@code small_kinds.h5} (a Keras 2 HDF5 model written by Keras
 * 2.4.0), declared for Lamina: 5 layers, 17 parameters.
 *
 * <p>Written by Lamina's Keras import. Load the trained weights into the generated class with
 * {@code KerasWeights.load(LaminaKerasSmallKinds.create(0), Path.of("small_kinds.h5"))}.
 */
@Network(input = @Input(height = 5, width = 5, channels = 2), params = 17)
public interface KerasSmallKinds {
  /** Keras layer {@code dw} (DepthwiseConv2D): 5x5x2 -> 5x5x2. */
  @DepthwiseConv2D(kernelSize = 2, padding = SAME, dilationRate = 2, useBias = false)
  DepthwiseConv2DLayer dw();

  /**
   * Keras layer {@code channel_softmax} (Softmax): 5x5x2 -> 5x5x2.
   *
   * <p>Lamina's warning is suppressed: a softmax layer before the last layer, as in Keras.
   */
  @SuppressWarnings("lamina")
  @Activation(SOFTMAX)
  ActivationLayer channelSoftmax();

  /** Keras layer {@code gmp} (GlobalMaxPooling2D): 5x5x2 -> 2. */
  @GlobalMaxPool
  PoolingLayer gmp();

  /** Keras layer {@code elu} (ELU): 2 -> 2. */
  @Activation(ELU)
  ActivationLayer elu();

  /** Keras layer {@code logits} (Dense): 2 -> 3. */
  @Dense(units = 3)
  DenseLayer logits();
}
