package test;

import static dev.lamina.dsl.ActivationFunction.RELU;
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
import dev.lamina.runtime.layer.FlattenLayer;
import dev.lamina.runtime.layer.PoolingLayer;

/**
 * VGG16 (Simonyan and Zisserman, 2014: "Very Deep Convolutional Networks for Large-Scale Image
 * Recognition"), layer for layer as Keras's {@code keras.applications.VGG16}, put on Fashion-MNIST's
 * 28x28x1 images. It does not compile, on purpose: each 2x2 max-pool halves the image,
 * 28 -> 14 -> 7 -> 3 -> 1, and the fifth pool, {@code block5Pool}, has a 1x1x512 input it cannot
 * pool. Keras finds this only when the model is built; Lamina reports it where the pool is declared.
 */
@Network(input = @Input(height = 28, width = 28, channels = 1))
public interface Vgg16 {
  @Conv2D(filters = 64, kernelSize = 3, padding = SAME, activation = RELU) Conv2DLayer block1Conv1();
  @Conv2D(filters = 64, kernelSize = 3, padding = SAME, activation = RELU) Conv2DLayer block1Conv2();
  @MaxPool(poolSize = 2) PoolingLayer block1Pool();

  @Conv2D(filters = 128, kernelSize = 3, padding = SAME, activation = RELU) Conv2DLayer block2Conv1();
  @Conv2D(filters = 128, kernelSize = 3, padding = SAME, activation = RELU) Conv2DLayer block2Conv2();
  @MaxPool(poolSize = 2) PoolingLayer block2Pool();

  @Conv2D(filters = 256, kernelSize = 3, padding = SAME, activation = RELU) Conv2DLayer block3Conv1();
  @Conv2D(filters = 256, kernelSize = 3, padding = SAME, activation = RELU) Conv2DLayer block3Conv2();
  @Conv2D(filters = 256, kernelSize = 3, padding = SAME, activation = RELU) Conv2DLayer block3Conv3();
  @MaxPool(poolSize = 2) PoolingLayer block3Pool();

  @Conv2D(filters = 512, kernelSize = 3, padding = SAME, activation = RELU) Conv2DLayer block4Conv1();
  @Conv2D(filters = 512, kernelSize = 3, padding = SAME, activation = RELU) Conv2DLayer block4Conv2();
  @Conv2D(filters = 512, kernelSize = 3, padding = SAME, activation = RELU) Conv2DLayer block4Conv3();
  @MaxPool(poolSize = 2) PoolingLayer block4Pool();

  @Conv2D(filters = 512, kernelSize = 3, padding = SAME, activation = RELU) Conv2DLayer block5Conv1();
  @Conv2D(filters = 512, kernelSize = 3, padding = SAME, activation = RELU) Conv2DLayer block5Conv2();
  @Conv2D(filters = 512, kernelSize = 3, padding = SAME, activation = RELU) Conv2DLayer block5Conv3();
  @MaxPool(poolSize = 2) PoolingLayer block5Pool();

  @Flatten FlattenLayer flatten();
  @Dense(units = 4096, activation = RELU) DenseLayer fc1();
  @Dense(units = 4096, activation = RELU) DenseLayer fc2();
  @Dense(units = 10, activation = SOFTMAX) DenseLayer predictions();
}
