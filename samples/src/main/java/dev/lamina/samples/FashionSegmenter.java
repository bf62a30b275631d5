package dev.lamina.samples;

import static dev.lamina.dsl.ActivationFunction.RELU;
import static dev.lamina.dsl.ActivationFunction.SIGMOID;
import static dev.lamina.dsl.Padding.SAME;

import dev.lamina.dsl.Conv2D;
import dev.lamina.dsl.Conv2DTranspose;
import dev.lamina.dsl.Input;
import dev.lamina.dsl.MaxPool;
import dev.lamina.dsl.Network;
import dev.lamina.dsl.OutputShape;
import dev.lamina.runtime.layer.Conv2DLayer;
import dev.lamina.runtime.layer.Conv2DTransposeLayer;
import dev.lamina.runtime.layer.Layer;

/**
 * The tutorial's second structure, "(convolution + pooling) x N, then deconvolution x K": an
 * encoder-decoder that segments the garment from the background of a Fashion-MNIST image. Two
 * convolution + pooling blocks shrink 28x28 to 7x7; two stride-2 transposed convolutions grow it
 * back, so that the output is as large as the input: one sigmoid probability per pixel that the
 * pixel belongs to the garment.
 *
 * <p>Input {@code [batch, 28, 28, 1]}, output {@code [batch, 28, 28, 1]}. Trained with binary
 * cross-entropy against masks (pixel above a threshold); see {@code SegmentationTask}.
 */
@Network(input = @Input(height = 28, width = 28, channels = 1), params = 9_569)
public interface FashionSegmenter {
  @Conv2D(filters = 16, kernelSize = 3, padding = SAME, activation = RELU)
  Conv2DLayer encode1();

  @MaxPool(poolSize = 2)
  @OutputShape({14, 14, 16})
  Layer down1();

  @Conv2D(filters = 32, kernelSize = 3, padding = SAME, activation = RELU)
  Conv2DLayer encode2();

  @MaxPool(poolSize = 2)
  @OutputShape({7, 7, 32})
  Layer down2();

  @Conv2DTranspose(filters = 16, kernelSize = 3, strides = 2, padding = SAME, activation = RELU)
  @OutputShape({14, 14, 16})
  Conv2DTransposeLayer up1();

  @Conv2DTranspose(filters = 1, kernelSize = 3, strides = 2, padding = SAME, activation = SIGMOID)
  @OutputShape({28, 28, 1})
  Conv2DTransposeLayer mask();
}
