package dev.lamina.samples.nets;

import static dev.lamina.dsl.ActivationFunction.SIGMOID;
import static dev.lamina.dsl.ActivationFunction.SOFTMAX;
import static dev.lamina.dsl.Padding.SAME;

import dev.lamina.dsl.BatchNorm;
import dev.lamina.dsl.Conv2D;
import dev.lamina.dsl.Dense;
import dev.lamina.dsl.Dropout;
import dev.lamina.dsl.Flatten;
import dev.lamina.dsl.Input;
import dev.lamina.dsl.Network;
import dev.lamina.runtime.layer.BatchNormLayer;
import dev.lamina.runtime.layer.Conv2DLayer;
import dev.lamina.runtime.layer.DenseLayer;
import dev.lamina.runtime.layer.DropoutLayer;
import dev.lamina.runtime.layer.Layer;

/** Batch normalization, dropout, and the output activations fused with a loss. */
public final class NormNets {
  private NormNets() {}

  @Network(input = @Input(height = 5, width = 3, channels = 2))
  public interface BatchNormSpatial {
    @Conv2D(filters = 3, kernelSize = 2, padding = SAME)
    Conv2DLayer conv();

    @BatchNorm
    BatchNormLayer norm();

    @Flatten
    Layer flatten();

    @Dense(units = 4)
    DenseLayer dense();

    @BatchNorm(momentum = 0.9, epsilon = 0.01, center = false, scale = false)
    BatchNormLayer norm2();
  }

  @Network(input = @Input(height = 3, width = 3, channels = 2))
  public interface BatchNormScaleOnly {
    @BatchNorm(center = false)
    BatchNormLayer norm();

    @Flatten
    Layer flatten();

    @Dense(units = 3)
    DenseLayer dense();

    @BatchNorm(scale = false)
    BatchNormLayer norm2();
  }

  @Network(input = @Input(height = 4, width = 3, channels = 2))
  public interface DropoutNet {
    @Conv2D(filters = 3, kernelSize = 2, padding = SAME)
    Conv2DLayer conv();

    @Dropout(rate = 0.5)
    DropoutLayer drop();

    @Flatten
    Layer flatten();

    @Dense(units = 5)
    DenseLayer dense();

    @Dropout(rate = 0.25)
    DropoutLayer drop2();
  }

  @Network(input = @Input(height = 3, width = 3, channels = 1))
  public interface SoftmaxClassifier {
    @Flatten
    Layer flatten();

    @Dense(units = 4, activation = SOFTMAX)
    DenseLayer output();
  }

  @Network(input = @Input(height = 3, width = 3, channels = 1))
  public interface SigmoidClassifier {
    @Flatten
    Layer flatten();

    @Dense(units = 3, activation = SIGMOID)
    DenseLayer output();
  }
}
