package dev.lamina.samples.nets;

import static dev.lamina.dsl.ActivationFunction.SELU;
import static dev.lamina.dsl.ActivationFunction.SOFTMAX;
import static dev.lamina.dsl.Padding.SAME;

import dev.lamina.dsl.Conv2D;
import dev.lamina.dsl.Dense;
import dev.lamina.dsl.Flatten;
import dev.lamina.dsl.Input;
import dev.lamina.dsl.MaxPool;
import dev.lamina.dsl.Network;
import dev.lamina.dsl.SeparableConv2D;
import dev.lamina.runtime.layer.Conv2DLayer;
import dev.lamina.runtime.layer.DenseLayer;
import dev.lamina.runtime.layer.Layer;
import dev.lamina.runtime.layer.SeparableConv2DLayer;

/**
 * The tutorial's two networks ({@code FashionCnn}, {@code FashionSeparableCnn}) with the same layers,
 * input, kernels, padding and activations, at reduced width (filters 4, 4, 8, 8, 8, 8; 16 dense
 * units) so that gradient checks stay fast.
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
}
