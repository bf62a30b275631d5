package dev.lamina.samples;

import static dev.lamina.dsl.ActivationFunction.RELU;
import static dev.lamina.dsl.ActivationFunction.SOFTMAX;
import static dev.lamina.dsl.Padding.SAME;

import dev.lamina.dsl.Activation;
import dev.lamina.dsl.Add;
import dev.lamina.dsl.BatchNorm;
import dev.lamina.dsl.Conv2D;
import dev.lamina.dsl.Dense;
import dev.lamina.dsl.GlobalAvgPool;
import dev.lamina.dsl.Input;
import dev.lamina.dsl.Network;
import dev.lamina.runtime.layer.ActivationLayer;
import dev.lamina.runtime.layer.BatchNormLayer;
import dev.lamina.runtime.layer.Conv2DLayer;
import dev.lamina.runtime.layer.DenseLayer;
import dev.lamina.runtime.layer.Layer;
import dev.lamina.runtime.layer.MergeLayer;

/**
 * A small residual network (ResNet v1 basic blocks) for Fashion-MNIST: a stem, four residual blocks
 * and a softmax over global average pooling. 152,666 parameters (Keras's count, BatchNorm's moving
 * mean and variance included), checked by the compiler.
 *
 * <p>Every convolution is 3x3 SAME without bias, followed by batch normalization (where Keras users
 * put it); a block is {@code conv - BN - ReLU - conv - BN}, added to its shortcut, then ReLU. The
 * shortcut is the block's input (identity) where the shape stays, else a 1x1 stride-2 convolution
 * with batch normalization (projection):
 *
 * <pre>
 * stem        28x28x16
 * block1      28x28x16   identity shortcut
 * block2      14x14x32   projection shortcut (1x1, strides 2)
 * block3       7x7x64    projection shortcut (1x1, strides 2)
 * block4       7x7x64    identity shortcut
 * pool, dense  10        class probabilities
 * </pre>
 *
 * <p>A layer method's parameters name the layers it reads; one without parameters reads the layer
 * declared before it. Input {@code [batch, 28, 28, 1]}, output {@code [batch, 10]}. Its PyTorch
 * equivalent, for the benchmark: {@code bench/pytorch_training.py --model resnet}.
 */
@Network(input = @Input(height = 28, width = 28, channels = 1), params = 152_666)
public interface FashionResNet {
  // stem: 28x28x16
  @Conv2D(filters = 16, kernelSize = 3, padding = SAME, useBias = false)
  Conv2DLayer stem();

  @BatchNorm
  BatchNormLayer stemNorm();

  @Activation(RELU)
  ActivationLayer stemRelu();

  // block1: 28x28x16, identity shortcut
  @Conv2D(filters = 16, kernelSize = 3, padding = SAME, useBias = false)
  Conv2DLayer b1conv1();

  @BatchNorm
  BatchNormLayer b1norm1();

  @Activation(RELU)
  ActivationLayer b1relu1();

  @Conv2D(filters = 16, kernelSize = 3, padding = SAME, useBias = false)
  Conv2DLayer b1conv2();

  @BatchNorm
  BatchNormLayer b1norm2();

  @Add(activation = RELU)
  MergeLayer block1(ActivationLayer stemRelu, BatchNormLayer b1norm2);

  // block2: 14x14x32, projection shortcut
  @Conv2D(filters = 32, kernelSize = 3, strides = 2, padding = SAME, useBias = false)
  Conv2DLayer b2conv1();

  @BatchNorm
  BatchNormLayer b2norm1();

  @Activation(RELU)
  ActivationLayer b2relu1();

  @Conv2D(filters = 32, kernelSize = 3, padding = SAME, useBias = false)
  Conv2DLayer b2conv2();

  @BatchNorm
  BatchNormLayer b2norm2();

  @SuppressWarnings("lamina") // a strided 1x1 projection samples every other pixel, as in Keras's ResNet
  @Conv2D(filters = 32, kernelSize = 1, strides = 2, useBias = false)
  Conv2DLayer b2project(MergeLayer block1);

  @BatchNorm
  BatchNormLayer b2projectNorm();

  @Add(activation = RELU)
  MergeLayer block2(BatchNormLayer b2norm2, BatchNormLayer b2projectNorm);

  // block3: 7x7x64, projection shortcut
  @Conv2D(filters = 64, kernelSize = 3, strides = 2, padding = SAME, useBias = false)
  Conv2DLayer b3conv1();

  @BatchNorm
  BatchNormLayer b3norm1();

  @Activation(RELU)
  ActivationLayer b3relu1();

  @Conv2D(filters = 64, kernelSize = 3, padding = SAME, useBias = false)
  Conv2DLayer b3conv2();

  @BatchNorm
  BatchNormLayer b3norm2();

  @SuppressWarnings("lamina") // a strided 1x1 projection samples every other pixel, as in Keras's ResNet
  @Conv2D(filters = 64, kernelSize = 1, strides = 2, useBias = false)
  Conv2DLayer b3project(MergeLayer block2);

  @BatchNorm
  BatchNormLayer b3projectNorm();

  @Add(activation = RELU)
  MergeLayer block3(BatchNormLayer b3norm2, BatchNormLayer b3projectNorm);

  // block4: 7x7x64, identity shortcut
  @Conv2D(filters = 64, kernelSize = 3, padding = SAME, useBias = false)
  Conv2DLayer b4conv1();

  @BatchNorm
  BatchNormLayer b4norm1();

  @Activation(RELU)
  ActivationLayer b4relu1();

  @Conv2D(filters = 64, kernelSize = 3, padding = SAME, useBias = false)
  Conv2DLayer b4conv2();

  @BatchNorm
  BatchNormLayer b4norm2();

  @Add(activation = RELU)
  MergeLayer block4(MergeLayer block3, BatchNormLayer b4norm2);

  // head
  @GlobalAvgPool
  Layer pool();

  @Dense(units = 10, activation = SOFTMAX)
  DenseLayer output();
}
