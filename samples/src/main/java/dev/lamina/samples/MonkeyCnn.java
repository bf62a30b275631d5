package dev.lamina.samples;

import static dev.lamina.dsl.ActivationFunction.RELU;
import static dev.lamina.dsl.ActivationFunction.SOFTMAX;
import static dev.lamina.dsl.Padding.SAME;

import dev.lamina.dsl.Conv2D;
import dev.lamina.dsl.Dense;
import dev.lamina.dsl.Dropout;
import dev.lamina.dsl.GlobalAvgPool;
import dev.lamina.dsl.Input;
import dev.lamina.dsl.MaxPool;
import dev.lamina.dsl.Network;
import dev.lamina.runtime.layer.Conv2DLayer;
import dev.lamina.runtime.layer.DenseLayer;
import dev.lamina.runtime.layer.Layer;

/**
 * A small classifier of 128x128 RGB photos into ten classes, for Kaggle's 10 Monkey Species (the
 * tutorial's second half): three convolution and pooling blocks, global average pooling, a dense
 * layer with dropout. {@link MonkeySpecies} trains it on the image folders with augmentation.
 */
@Network(input = @Input(height = 128, width = 128, channels = 3), params = 102_154)
public interface MonkeyCnn {
  @Conv2D(filters = 32, kernelSize = 3, padding = SAME, activation = RELU)
  Conv2DLayer conv1();

  @MaxPool(poolSize = 2)
  Layer pool1();

  @Conv2D(filters = 64, kernelSize = 3, padding = SAME, activation = RELU)
  Conv2DLayer conv2();

  @MaxPool(poolSize = 2)
  Layer pool2();

  @Conv2D(filters = 128, kernelSize = 3, padding = SAME, activation = RELU)
  Conv2DLayer conv3();

  @MaxPool(poolSize = 2)
  Layer pool3();

  @GlobalAvgPool
  Layer gap();

  @Dense(units = 64, activation = RELU)
  DenseLayer dense();

  @Dropout(rate = 0.3)
  Layer dropout();

  @Dense(units = 10, activation = SOFTMAX)
  DenseLayer output();
}
