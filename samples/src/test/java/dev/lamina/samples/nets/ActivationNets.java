package dev.lamina.samples.nets;

import dev.lamina.dsl.Activation;
import dev.lamina.dsl.ActivationFunction;
import dev.lamina.dsl.Conv2D;
import dev.lamina.dsl.Dense;
import dev.lamina.dsl.Flatten;
import dev.lamina.dsl.Input;
import dev.lamina.dsl.Network;
import dev.lamina.dsl.Padding;
import dev.lamina.runtime.layer.ActivationLayer;
import dev.lamina.runtime.layer.Conv2DLayer;
import dev.lamina.runtime.layer.DenseLayer;
import dev.lamina.runtime.layer.Layer;

/**
 * One network per activation function, each using it twice: as a standalone {@code @Activation} on a
 * convolution's {@code [N, 3, 2, 3]} output (softmax over the channels) and fused into a dense layer.
 */
public final class ActivationNets {
  private ActivationNets() {}

  @Network(input = @Input(height = 3, width = 2, channels = 2))
  public interface Linear {
    @Conv2D(filters = 3, kernelSize = 2, padding = Padding.SAME)
    Conv2DLayer conv();

    @Activation(ActivationFunction.LINEAR)
    ActivationLayer activation();

    @Flatten
    Layer flatten();

    @Dense(units = 4, activation = ActivationFunction.LINEAR)
    DenseLayer dense();
  }

  @Network(input = @Input(height = 3, width = 2, channels = 2))
  public interface Relu {
    @Conv2D(filters = 3, kernelSize = 2, padding = Padding.SAME)
    Conv2DLayer conv();

    @Activation(ActivationFunction.RELU)
    ActivationLayer activation();

    @Flatten
    Layer flatten();

    @Dense(units = 4, activation = ActivationFunction.RELU)
    DenseLayer dense();
  }

  @Network(input = @Input(height = 3, width = 2, channels = 2))
  public interface Selu {
    @Conv2D(filters = 3, kernelSize = 2, padding = Padding.SAME)
    Conv2DLayer conv();

    @Activation(ActivationFunction.SELU)
    ActivationLayer activation();

    @Flatten
    Layer flatten();

    @Dense(units = 4, activation = ActivationFunction.SELU)
    DenseLayer dense();
  }

  @Network(input = @Input(height = 3, width = 2, channels = 2))
  public interface Elu {
    @Conv2D(filters = 3, kernelSize = 2, padding = Padding.SAME)
    Conv2DLayer conv();

    @Activation(ActivationFunction.ELU)
    ActivationLayer activation();

    @Flatten
    Layer flatten();

    @Dense(units = 4, activation = ActivationFunction.ELU)
    DenseLayer dense();
  }

  @Network(input = @Input(height = 3, width = 2, channels = 2))
  public interface LeakyRelu {
    @Conv2D(filters = 3, kernelSize = 2, padding = Padding.SAME)
    Conv2DLayer conv();

    @Activation(ActivationFunction.LEAKY_RELU)
    ActivationLayer activation();

    @Flatten
    Layer flatten();

    @Dense(units = 4, activation = ActivationFunction.LEAKY_RELU)
    DenseLayer dense();
  }

  @Network(input = @Input(height = 3, width = 2, channels = 2))
  public interface Tanh {
    @Conv2D(filters = 3, kernelSize = 2, padding = Padding.SAME)
    Conv2DLayer conv();

    @Activation(ActivationFunction.TANH)
    ActivationLayer activation();

    @Flatten
    Layer flatten();

    @Dense(units = 4, activation = ActivationFunction.TANH)
    DenseLayer dense();
  }

  @Network(input = @Input(height = 3, width = 2, channels = 2))
  public interface Sigmoid {
    @Conv2D(filters = 3, kernelSize = 2, padding = Padding.SAME)
    Conv2DLayer conv();

    @Activation(ActivationFunction.SIGMOID)
    ActivationLayer activation();

    @Flatten
    Layer flatten();

    @Dense(units = 4, activation = ActivationFunction.SIGMOID)
    DenseLayer dense();
  }

  @Network(input = @Input(height = 3, width = 2, channels = 2))
  public interface Softmax {
    @Conv2D(filters = 3, kernelSize = 2, padding = Padding.SAME)
    Conv2DLayer conv();

    @Activation(ActivationFunction.SOFTMAX)
    ActivationLayer activation();

    @Flatten
    Layer flatten();

    @Dense(units = 4, activation = ActivationFunction.SOFTMAX)
    DenseLayer dense();
  }

  @Network(input = @Input(height = 3, width = 2, channels = 2))
  public interface Softplus {
    @Conv2D(filters = 3, kernelSize = 2, padding = Padding.SAME)
    Conv2DLayer conv();

    @Activation(ActivationFunction.SOFTPLUS)
    ActivationLayer activation();

    @Flatten
    Layer flatten();

    @Dense(units = 4, activation = ActivationFunction.SOFTPLUS)
    DenseLayer dense();
  }

  @Network(input = @Input(height = 3, width = 2, channels = 2))
  public interface Swish {
    @Conv2D(filters = 3, kernelSize = 2, padding = Padding.SAME)
    Conv2DLayer conv();

    @Activation(ActivationFunction.SWISH)
    ActivationLayer activation();

    @Flatten
    Layer flatten();

    @Dense(units = 4, activation = ActivationFunction.SWISH)
    DenseLayer dense();
  }
}
