package dev.lamina.samples.nets;

import static dev.lamina.dsl.ActivationFunction.RELU;
import static dev.lamina.dsl.ActivationFunction.SIGMOID;
import static dev.lamina.dsl.ActivationFunction.TANH;
import static dev.lamina.dsl.Padding.SAME;

import dev.lamina.dsl.Activation;
import dev.lamina.dsl.Add;
import dev.lamina.dsl.Average;
import dev.lamina.dsl.Concatenate;
import dev.lamina.dsl.Conv2D;
import dev.lamina.dsl.Cropping2D;
import dev.lamina.dsl.Dense;
import dev.lamina.dsl.Flatten;
import dev.lamina.dsl.GlobalAvgPool;
import dev.lamina.dsl.Input;
import dev.lamina.dsl.Interpolation;
import dev.lamina.dsl.MaxPool;
import dev.lamina.dsl.Maximum;
import dev.lamina.dsl.Multiply;
import dev.lamina.dsl.Network;
import dev.lamina.dsl.Subtract;
import dev.lamina.dsl.UpSampling2D;
import dev.lamina.dsl.ZeroPadding2D;
import dev.lamina.runtime.layer.ActivationLayer;
import dev.lamina.runtime.layer.Conv2DLayer;
import dev.lamina.runtime.layer.DenseLayer;
import dev.lamina.runtime.layer.Layer;
import dev.lamina.runtime.layer.MergeLayer;
import dev.lamina.runtime.layer.PoolingLayer;
import dev.lamina.runtime.layer.ReshapingLayer;

/**
 * Networks that are no chain (issue 11): each merge mode, concatenation, up-sampling, padding and
 * cropping, and fan-out (one output read by several layers), small enough to check every gradient.
 */
public final class GraphNets {
  private GraphNets() {}

  /** A residual block: {@code stem} is read by {@code a} and by the {@code @Add} (fan-out), ReLU fused. */
  @Network(input = @Input(height = 4, width = 4, channels = 2))
  public interface Residual {
    @Conv2D(filters = 3, kernelSize = 3, padding = SAME, activation = TANH)
    Conv2DLayer stem();

    @Conv2D(filters = 3, kernelSize = 3, padding = SAME, activation = TANH)
    Conv2DLayer a();

    @Conv2D(filters = 3, kernelSize = 1)
    Conv2DLayer b();

    @Add(activation = RELU)
    MergeLayer block1(Conv2DLayer stem, Conv2DLayer b);

    @Flatten
    Layer flatten();

    @Dense(units = 3)
    DenseLayer output();
  }

  /** One output ({@code stem}) read by three layers, the merge last with its activation kept apart. */
  @Network(input = @Input(height = 3, width = 3, channels = 2))
  public interface FanOutThree {
    @Conv2D(filters = 2, kernelSize = 2, padding = SAME, activation = TANH)
    Conv2DLayer stem();

    @Conv2D(filters = 2, kernelSize = 1, activation = SIGMOID)
    Conv2DLayer left(Conv2DLayer stem);

    @Conv2D(filters = 2, kernelSize = 3, padding = SAME)
    Conv2DLayer right(Conv2DLayer stem);

    @Add(activation = TANH)
    MergeLayer sum(Conv2DLayer left, Conv2DLayer right, Conv2DLayer stem);
  }

  /** {@code @Subtract}, then a fan-out through a LINEAR activation that aliases its input. */
  @Network(input = @Input(height = 3, width = 2, channels = 2))
  public interface SubtractNet {
    @Conv2D(filters = 2, kernelSize = 2, padding = SAME, activation = TANH)
    Conv2DLayer a();

    @Conv2D(filters = 2, kernelSize = 2, padding = SAME, activation = TANH)
    Conv2DLayer b();

    @Activation(dev.lamina.dsl.ActivationFunction.LINEAR)
    ActivationLayer same(Conv2DLayer a);

    @Subtract
    MergeLayer diff(Conv2DLayer b, ActivationLayer same);

    @Flatten
    Layer flatten();
  }

  /** {@code @Multiply} of three inputs. */
  @Network(input = @Input(height = 3, width = 3, channels = 1))
  public interface MultiplyNet {
    @Conv2D(filters = 2, kernelSize = 2, padding = SAME, activation = TANH)
    Conv2DLayer a();

    @Conv2D(filters = 2, kernelSize = 2, padding = SAME, activation = TANH)
    Conv2DLayer b();

    @Conv2D(filters = 2, kernelSize = 1, activation = SIGMOID)
    Conv2DLayer c();

    @Multiply(activation = TANH)
    MergeLayer product(Conv2DLayer a, Conv2DLayer b, Conv2DLayer c);

    @GlobalAvgPool
    PoolingLayer pool();
  }

  /** {@code @Average} and {@code @Maximum} on flat (dense) inputs. */
  @Network(input = @Input(height = 2, width = 2, channels = 2))
  public interface AverageMaximum {
    @Flatten
    Layer flatten();

    @Dense(units = 5, activation = TANH)
    DenseLayer a();

    @Dense(units = 5, activation = TANH)
    DenseLayer b();

    @Average
    MergeLayer mean(DenseLayer a, DenseLayer b);

    @Dense(units = 5)
    DenseLayer c();

    @Maximum(activation = SIGMOID)
    MergeLayer max(MergeLayer mean, DenseLayer c);

    @Dense(units = 2)
    DenseLayer output();
  }

  /** A small U-Net: pooling, nearest up-sampling, and a skip concatenation with an activation. */
  @Network(input = @Input(height = 4, width = 4, channels = 1))
  public interface SmallUNet {
    @Conv2D(filters = 2, kernelSize = 3, padding = SAME, activation = TANH)
    Conv2DLayer enc1();

    @MaxPool(poolSize = 2)
    PoolingLayer pool1();

    @Conv2D(filters = 3, kernelSize = 3, padding = SAME, activation = TANH)
    Conv2DLayer bottleneck();

    @UpSampling2D(size = {2, 2})
    ReshapingLayer up1(Conv2DLayer bottleneck);

    @Concatenate(activation = TANH)
    MergeLayer skip1(ReshapingLayer up1, Conv2DLayer enc1);

    @Conv2D(filters = 1, kernelSize = 1, activation = SIGMOID)
    Conv2DLayer mask();
  }

  /** Bilinear up-sampling 3x2, then padding and cropping back, concatenated with three inputs. */
  @Network(input = @Input(height = 3, width = 2, channels = 2))
  public interface ReshapingNet {
    @Conv2D(filters = 2, kernelSize = 2, padding = SAME, activation = TANH)
    Conv2DLayer conv();

    @UpSampling2D(size = {3, 2}, interpolation = Interpolation.BILINEAR)
    ReshapingLayer up();

    @ZeroPadding2D(padding = {1, 2, 0, 1})
    ReshapingLayer pad();

    @Cropping2D(cropping = {1, 2, 0, 1})
    ReshapingLayer crop();

    @UpSampling2D(size = 3, interpolation = Interpolation.NEAREST)
    ReshapingLayer upNearest(Conv2DLayer conv);

    @Cropping2D(cropping = {0, 1})
    ReshapingLayer cropNearest();

    @ZeroPadding2D(padding = 1)
    ReshapingLayer padded(Conv2DLayer conv);

    @Cropping2D(cropping = 1)
    ReshapingLayer unpadded();

    @UpSampling2D(size = {3, 2})
    ReshapingLayer doubled();

    @Concatenate
    MergeLayer joined(ReshapingLayer crop, ReshapingLayer cropNearest, ReshapingLayer doubled);
  }

  /**
   * Two merges without activation concatenated: both write straight into their channels of the
   * concatenation (no copy, no concatenation step); {@code a} is read by three layers.
   */
  @Network(input = @Input(height = 3, width = 3, channels = 2))
  public interface MergesIntoConcat {
    @Conv2D(filters = 2, kernelSize = 2, padding = SAME, activation = TANH)
    Conv2DLayer a();

    @Conv2D(filters = 2, kernelSize = 2, padding = SAME, activation = TANH)
    Conv2DLayer b();

    @Add
    MergeLayer sum(Conv2DLayer a, Conv2DLayer b);

    @Maximum
    MergeLayer max(Conv2DLayer a, Conv2DLayer b);

    @Concatenate
    MergeLayer joined(MergeLayer sum, MergeLayer max);

    @Conv2D(filters = 2, kernelSize = 1, activation = TANH)
    Conv2DLayer output();
  }

  /** {@code c} reads {@code b}: {@link BranchWiring.Wiring}'s name, layers and weights, wired otherwise. */
  public static final class ChainWiring {
    private ChainWiring() {}

    @Network(input = @Input(height = 3, width = 3, channels = 2))
    public interface Wiring {
      @Conv2D(filters = 2, kernelSize = 1)
      Conv2DLayer a();

      @Conv2D(filters = 2, kernelSize = 1)
      Conv2DLayer b();

      @Conv2D(filters = 2, kernelSize = 1)
      Conv2DLayer c();

      @Add
      MergeLayer sum(Conv2DLayer b, Conv2DLayer c);
    }
  }

  /** {@code c} reads {@code a}: {@link ChainWiring.Wiring}'s name, layers and weights, wired otherwise. */
  public static final class BranchWiring {
    private BranchWiring() {}

    @Network(input = @Input(height = 3, width = 3, channels = 2))
    public interface Wiring {
      @Conv2D(filters = 2, kernelSize = 1)
      Conv2DLayer a();

      @Conv2D(filters = 2, kernelSize = 1)
      Conv2DLayer b();

      @Conv2D(filters = 2, kernelSize = 1)
      Conv2DLayer c(Conv2DLayer a);

      @Add
      MergeLayer sum(Conv2DLayer b, Conv2DLayer c);
    }
  }
}
