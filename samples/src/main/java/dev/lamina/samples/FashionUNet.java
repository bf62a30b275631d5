package dev.lamina.samples;

import static dev.lamina.dsl.ActivationFunction.RELU;
import static dev.lamina.dsl.ActivationFunction.SIGMOID;
import static dev.lamina.dsl.Padding.SAME;

import dev.lamina.dsl.Concatenate;
import dev.lamina.dsl.Conv2D;
import dev.lamina.dsl.Input;
import dev.lamina.dsl.MaxPool;
import dev.lamina.dsl.Network;
import dev.lamina.dsl.UpSampling2D;
import dev.lamina.runtime.layer.Conv2DLayer;
import dev.lamina.runtime.layer.Layer;
import dev.lamina.runtime.layer.MergeLayer;
import dev.lamina.runtime.layer.ReshapingLayer;

/**
 * A U-Net of depth 2 for the task of {@link FashionSegmenter}: one sigmoid probability per pixel that
 * the pixel belongs to the garment. The encoder halves 28x28 twice (28 -> 14 -> 7: both divide, so no
 * padding or cropping is needed); the decoder up-samples back, and each up-sampled tensor is
 * concatenated along the channels with the encoder's output of the same size (the skip connections),
 * so that the mask sees the full-resolution features. 14,561 parameters, checked by the compiler.
 *
 * <pre>
 * enc1        28x28x8  ----------------------------.
 * down1       14x14x8                              |
 * enc2        14x14x16 -----------.                |
 * down2        7x7x16             |                |
 * bottleneck   7x7x32             |                |
 * up2         14x14x32            |                |
 * skip2       14x14x48  = [up2, enc2]              |
 * dec2        14x14x16                             |
 * up1         28x28x16                             |
 * skip1       28x28x24  = [up1, enc1] -------------'
 * dec1        28x28x8
 * mask        28x28x1   sigmoid
 * </pre>
 *
 * <p>Input {@code [batch, 28, 28, 1]}, output {@code [batch, 28, 28, 1]}. Trained with binary
 * cross-entropy against masks (pixel above a threshold), as {@code lamina train --network FashionUNet}
 * does.
 */
@Network(input = @Input(height = 28, width = 28, channels = 1), params = 14_561)
public interface FashionUNet {
  @Conv2D(filters = 8, kernelSize = 3, padding = SAME, activation = RELU)
  Conv2DLayer enc1();

  @MaxPool(poolSize = 2)
  Layer down1();

  @Conv2D(filters = 16, kernelSize = 3, padding = SAME, activation = RELU)
  Conv2DLayer enc2();

  @MaxPool(poolSize = 2)
  Layer down2();

  @Conv2D(filters = 32, kernelSize = 3, padding = SAME, activation = RELU)
  Conv2DLayer bottleneck();

  @UpSampling2D(size = {2, 2})
  ReshapingLayer up2();

  @Concatenate
  MergeLayer skip2(ReshapingLayer up2, Conv2DLayer enc2);

  @Conv2D(filters = 16, kernelSize = 3, padding = SAME, activation = RELU)
  Conv2DLayer dec2();

  @UpSampling2D(size = {2, 2})
  ReshapingLayer up1();

  @Concatenate
  MergeLayer skip1(ReshapingLayer up1, Conv2DLayer enc1);

  @Conv2D(filters = 8, kernelSize = 3, padding = SAME, activation = RELU)
  Conv2DLayer dec1();

  @Conv2D(filters = 1, kernelSize = 1, activation = SIGMOID)
  Conv2DLayer mask();
}
