package dev.lamina.samples.nets;

import static dev.lamina.dsl.Padding.SAME;
import static dev.lamina.dsl.Padding.VALID;

import dev.lamina.dsl.AvgPool;
import dev.lamina.dsl.Dense;
import dev.lamina.dsl.Flatten;
import dev.lamina.dsl.GlobalAvgPool;
import dev.lamina.dsl.GlobalMaxPool;
import dev.lamina.dsl.Input;
import dev.lamina.dsl.MaxPool;
import dev.lamina.dsl.Network;
import dev.lamina.runtime.layer.DenseLayer;
import dev.lamina.runtime.layer.Layer;
import dev.lamina.runtime.layer.PoolingLayer;

/** Pooling and fully connected layers on odd sizes, SAME and VALID, strides 1 and 2. */
public final class PoolNets {
  private PoolNets() {}

  @Network(input = @Input(height = 7, width = 5, channels = 2))
  public interface MaxSameStride2 {
    @MaxPool(poolSize = 3, strides = 2, padding = SAME)
    PoolingLayer pool();
  }

  @SuppressWarnings("lamina")
  @Network(input = @Input(height = 7, width = 5, channels = 2))
  public interface MaxValid {
    @MaxPool(poolSize = 2, padding = VALID)
    PoolingLayer pool();
  }

  @Network(input = @Input(height = 7, width = 5, channels = 2))
  public interface AvgSameStride2 {
    @AvgPool(poolSize = 3, strides = 2, padding = SAME)
    PoolingLayer pool();
  }

  @Network(input = @Input(height = 7, width = 5, channels = 2))
  public interface AvgSameStride1 {
    @AvgPool(poolSize = {2, 3}, strides = 1, padding = SAME)
    PoolingLayer pool();
  }

  @Network(input = @Input(height = 7, width = 5, channels = 2))
  public interface AvgValidStride1 {
    @AvgPool(poolSize = 3, strides = 1, padding = VALID)
    PoolingLayer pool();
  }

  @Network(input = @Input(height = 7, width = 5, channels = 3))
  public interface GlobalMax {
    @GlobalMaxPool
    Layer pool();

    @Dense(units = 2)
    DenseLayer dense();
  }

  @Network(input = @Input(height = 7, width = 5, channels = 3))
  public interface GlobalAvg {
    @GlobalAvgPool
    Layer pool();

    @Dense(units = 2, useBias = false)
    DenseLayer dense();
  }

  @Network(input = @Input(height = 3, width = 2, channels = 2))
  public interface FlattenDense {
    @Flatten
    Layer flatten();

    @Dense(units = 4)
    DenseLayer dense();

    @Dense(units = 3, useBias = false)
    DenseLayer dense2();
  }
}
