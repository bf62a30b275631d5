package dev.lamina.samples.nets;

import static dev.lamina.dsl.ActivationFunction.RELU;
import static dev.lamina.dsl.ActivationFunction.SELU;
import static dev.lamina.dsl.ActivationFunction.SIGMOID;
import static dev.lamina.dsl.ActivationFunction.SOFTMAX;
import static dev.lamina.dsl.Padding.SAME;

import dev.lamina.dsl.Activation;
import dev.lamina.dsl.Add;
import dev.lamina.dsl.BatchNorm;
import dev.lamina.dsl.Concatenate;
import dev.lamina.dsl.Conv2D;
import dev.lamina.dsl.Dense;
import dev.lamina.dsl.Flatten;
import dev.lamina.dsl.GlobalAvgPool;
import dev.lamina.dsl.Input;
import dev.lamina.dsl.MaxPool;
import dev.lamina.dsl.Network;
import dev.lamina.dsl.SeparableConv2D;
import dev.lamina.dsl.UpSampling2D;
import dev.lamina.runtime.layer.ActivationLayer;
import dev.lamina.runtime.layer.BatchNormLayer;
import dev.lamina.runtime.layer.Conv2DLayer;
import dev.lamina.runtime.layer.DenseLayer;
import dev.lamina.runtime.layer.Layer;
import dev.lamina.runtime.layer.MergeLayer;
import dev.lamina.runtime.layer.ReshapingLayer;
import dev.lamina.runtime.layer.SeparableConv2DLayer;

/**
 * The samples' networks with the same layers, wiring, input, kernels, strides, padding and
 * activations, at reduced width so that gradient checks stay fast: the tutorial's two
 * ({@code FashionCnn}, {@code FashionSeparableCnn}: filters 4, 4, 8, 8, 8, 8; 16 dense units), and
 * the graph networks {@code FashionResNet} (filters 4, 4, 8, 8, 8) and {@code FashionUNet} (filters
 * 2, 4, 4, 4, 2).
 */
public final class WholeNets {
  private WholeNets() {}

  @SuppressWarnings("lamina")
  @Network(input = @Input(height = 28, width = 28, channels = 1))
  public interface SmallFashionCnn {
    @Conv2D(filters = 4, kernelSize = 3, padding = SAME, activation = SELU)
    Conv2DLayer conv1();

    @Conv2D(filters = 4, kernelSize = 3, padding = SAME, activation = SELU)
    Conv2DLayer conv2();

    @MaxPool(poolSize = 2)
    Layer pool1();

    @Conv2D(filters = 8, kernelSize = 3, padding = SAME, activation = SELU)
    Conv2DLayer conv3();

    @Conv2D(filters = 8, kernelSize = 3, padding = SAME, activation = SELU)
    Conv2DLayer conv4();

    @MaxPool(poolSize = 2)
    Layer pool2();

    @Conv2D(filters = 8, kernelSize = 3, padding = SAME, activation = SELU)
    Conv2DLayer conv5();

    @Conv2D(filters = 8, kernelSize = 3, padding = SAME, activation = SELU)
    Conv2DLayer conv6();

    @MaxPool(poolSize = 2)
    Layer pool3();

    @Flatten
    Layer flatten();

    @Dense(units = 16, activation = SELU)
    DenseLayer dense1();

    @Dense(units = 10, activation = SOFTMAX)
    DenseLayer output();
  }

  @SuppressWarnings("lamina")
  @Network(input = @Input(height = 28, width = 28, channels = 1))
  public interface SmallFashionSeparableCnn {
    @Conv2D(filters = 4, kernelSize = 3, padding = SAME, activation = SELU)
    Conv2DLayer conv1();

    @SeparableConv2D(filters = 4, kernelSize = 3, padding = SAME, activation = SELU)
    SeparableConv2DLayer sep2();

    @MaxPool(poolSize = 2)
    Layer pool1();

    @SeparableConv2D(filters = 8, kernelSize = 3, padding = SAME, activation = SELU)
    SeparableConv2DLayer sep3();

    @SeparableConv2D(filters = 8, kernelSize = 3, padding = SAME, activation = SELU)
    SeparableConv2DLayer sep4();

    @MaxPool(poolSize = 2)
    Layer pool2();

    @SeparableConv2D(filters = 8, kernelSize = 3, padding = SAME, activation = SELU)
    SeparableConv2DLayer sep5();

    @SeparableConv2D(filters = 8, kernelSize = 3, padding = SAME, activation = SELU)
    SeparableConv2DLayer sep6();

    @MaxPool(poolSize = 2)
    Layer pool3();

    @Flatten
    Layer flatten();

    @Dense(units = 16, activation = SELU)
    DenseLayer dense1();

    @Dense(units = 10, activation = SOFTMAX)
    DenseLayer output();
  }

  @Network(input = @Input(height = 28, width = 28, channels = 1))
  public interface SmallFashionResNet {
    @Conv2D(filters = 4, kernelSize = 3, padding = SAME, useBias = false)
    Conv2DLayer stem();

    @BatchNorm
    BatchNormLayer stemNorm();

    @Activation(RELU)
    ActivationLayer stemRelu();

    @Conv2D(filters = 4, kernelSize = 3, padding = SAME, useBias = false)
    Conv2DLayer b1conv1();

    @BatchNorm
    BatchNormLayer b1norm1();

    @Activation(RELU)
    ActivationLayer b1relu1();

    @Conv2D(filters = 4, kernelSize = 3, padding = SAME, useBias = false)
    Conv2DLayer b1conv2();

    @BatchNorm
    BatchNormLayer b1norm2();

    @Add(activation = RELU)
    MergeLayer block1(ActivationLayer stemRelu, BatchNormLayer b1norm2);

    @Conv2D(filters = 8, kernelSize = 3, strides = 2, padding = SAME, useBias = false)
    Conv2DLayer b2conv1();

    @BatchNorm
    BatchNormLayer b2norm1();

    @Activation(RELU)
    ActivationLayer b2relu1();

    @Conv2D(filters = 8, kernelSize = 3, padding = SAME, useBias = false)
    Conv2DLayer b2conv2();

    @BatchNorm
    BatchNormLayer b2norm2();

    @SuppressWarnings("lamina") // a strided 1x1 projection samples every other pixel, as in Keras's ResNet
    @Conv2D(filters = 8, kernelSize = 1, strides = 2, useBias = false)
    Conv2DLayer b2project(MergeLayer block1);

    @BatchNorm
    BatchNormLayer b2projectNorm();

    @Add(activation = RELU)
    MergeLayer block2(BatchNormLayer b2norm2, BatchNormLayer b2projectNorm);

    @Conv2D(filters = 8, kernelSize = 3, strides = 2, padding = SAME, useBias = false)
    Conv2DLayer b3conv1();

    @BatchNorm
    BatchNormLayer b3norm1();

    @Activation(RELU)
    ActivationLayer b3relu1();

    @Conv2D(filters = 8, kernelSize = 3, padding = SAME, useBias = false)
    Conv2DLayer b3conv2();

    @BatchNorm
    BatchNormLayer b3norm2();

    @SuppressWarnings("lamina") // a strided 1x1 projection samples every other pixel, as in Keras's ResNet
    @Conv2D(filters = 8, kernelSize = 1, strides = 2, useBias = false)
    Conv2DLayer b3project(MergeLayer block2);

    @BatchNorm
    BatchNormLayer b3projectNorm();

    @Add(activation = RELU)
    MergeLayer block3(BatchNormLayer b3norm2, BatchNormLayer b3projectNorm);

    @Conv2D(filters = 8, kernelSize = 3, padding = SAME, useBias = false)
    Conv2DLayer b4conv1();

    @BatchNorm
    BatchNormLayer b4norm1();

    @Activation(RELU)
    ActivationLayer b4relu1();

    @Conv2D(filters = 8, kernelSize = 3, padding = SAME, useBias = false)
    Conv2DLayer b4conv2();

    @BatchNorm
    BatchNormLayer b4norm2();

    @Add(activation = RELU)
    MergeLayer block4(MergeLayer block3, BatchNormLayer b4norm2);

    @GlobalAvgPool
    Layer pool();

    @Dense(units = 10, activation = SOFTMAX)
    DenseLayer output();
  }

  @Network(input = @Input(height = 28, width = 28, channels = 1))
  public interface SmallFashionUNet {
    @Conv2D(filters = 2, kernelSize = 3, padding = SAME, activation = RELU)
    Conv2DLayer enc1();

    @MaxPool(poolSize = 2)
    Layer down1();

    @Conv2D(filters = 4, kernelSize = 3, padding = SAME, activation = RELU)
    Conv2DLayer enc2();

    @MaxPool(poolSize = 2)
    Layer down2();

    @Conv2D(filters = 4, kernelSize = 3, padding = SAME, activation = RELU)
    Conv2DLayer bottleneck();

    @UpSampling2D(size = {2, 2})
    ReshapingLayer up2();

    @Concatenate
    MergeLayer skip2(ReshapingLayer up2, Conv2DLayer enc2);

    @Conv2D(filters = 4, kernelSize = 3, padding = SAME, activation = RELU)
    Conv2DLayer dec2();

    @UpSampling2D(size = {2, 2})
    ReshapingLayer up1();

    @Concatenate
    MergeLayer skip1(ReshapingLayer up1, Conv2DLayer enc1);

    @Conv2D(filters = 2, kernelSize = 3, padding = SAME, activation = RELU)
    Conv2DLayer dec1();

    @Conv2D(filters = 1, kernelSize = 1, activation = SIGMOID)
    Conv2DLayer mask();
  }
}
