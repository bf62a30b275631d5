package dev.lamina.keras.mapping;

import dev.lamina.dsl.ActivationFunction;
import dev.lamina.dsl.Padding;
import dev.lamina.runtime.kernel.Window2D;
import dev.lamina.runtime.layer.config.ActivationConfig;
import dev.lamina.runtime.layer.config.Conv2DConfig;
import dev.lamina.runtime.layer.config.Conv2DTransposeConfig;
import dev.lamina.runtime.layer.config.DenseConfig;
import dev.lamina.runtime.layer.config.DepthwiseConv2DConfig;
import dev.lamina.runtime.layer.config.FlattenConfig;
import dev.lamina.runtime.layer.config.GlobalPoolingConfig;
import dev.lamina.runtime.layer.config.LayerConfig;
import dev.lamina.runtime.layer.config.PoolingConfig;
import dev.lamina.runtime.layer.config.SeparableConv2DConfig;

/**
 * Each mapped layer's output shape, with Keras's (and Lamina's) arithmetic: a window's output is
 * {@code ceil(in / s)} with SAME padding and {@code floor((in - d*(k-1) - 1) / s) + 1} with VALID; a
 * transposed convolution's is {@code in*s} (SAME) or {@code in*s + max(k - s, 0)} (VALID). The
 * generated interface shows these shapes in its comments and marks where Lamina will warn.
 */
final class ShapeTracker {
  private ShapeTracker() {}

  /** The output shape, or null when the layer's window does not fit its input. */
  static TensorShape output(LayerConfig config, TensorShape in) {
    if (config instanceof Conv2DConfig c) {
      return window(c.window(), in, c.filters());
    } else if (config instanceof SeparableConv2DConfig c) {
      return window(c.window(), in, c.filters());
    } else if (config instanceof DepthwiseConv2DConfig c) {
      return window(c.window(), in, in.channels() * c.depthMultiplier());
    } else if (config instanceof PoolingConfig c) {
      return window(c.window(), in, in.channels());
    } else if (config instanceof Conv2DTransposeConfig c) {
      Window2D w = c.window();
      return TensorShape.spatial(transposed(in.height(), w.height(), w.strideHeight(), w.padding()),
          transposed(in.width(), w.width(), w.strideWidth(), w.padding()), c.filters());
    } else if (config instanceof GlobalPoolingConfig) {
      return TensorShape.flat(in.channels());
    } else if (config instanceof FlattenConfig) {
      return TensorShape.flat(Math.multiplyExact(Math.multiplyExact(in.height(), in.width()), in.channels()));
    } else if (config instanceof DenseConfig c) {
      return TensorShape.flat(c.units());
    }
    return in;
  }

  /** Whether the layer reads {@code [height, width, channels]} only. */
  static boolean spatialOnly(LayerConfig config) {
    return config instanceof Conv2DConfig || config instanceof SeparableConv2DConfig
        || config instanceof DepthwiseConv2DConfig || config instanceof Conv2DTransposeConfig
        || config instanceof PoolingConfig || config instanceof GlobalPoolingConfig || config instanceof FlattenConfig;
  }

  /**
   * The rows and columns a VALID window never reads ({@code [rows, columns]}), which Lamina warns about
   * and Keras drops silently; {@code [0, 0]} for other layers.
   */
  static int[] dropped(LayerConfig config, TensorShape in) {
    Window2D w = config instanceof Conv2DConfig c ? c.window()
        : config instanceof SeparableConv2DConfig c ? c.window()
        : config instanceof DepthwiseConv2DConfig c ? c.window()
        : config instanceof PoolingConfig c ? c.window() : null;
    if (w == null || w.padding() != Padding.VALID) {
      return new int[] {0, 0};
    }
    return new int[] {dropped(in.height(), w.height(), w.strideHeight(), w.dilationHeight()),
        dropped(in.width(), w.width(), w.strideWidth(), w.dilationWidth())};
  }

  /** The activation a layer declares, or null for layers without one. */
  static ActivationFunction activation(LayerConfig config) {
    if (config instanceof Conv2DConfig c) {
      return c.activation();
    } else if (config instanceof SeparableConv2DConfig c) {
      return c.activation();
    } else if (config instanceof DepthwiseConv2DConfig c) {
      return c.activation();
    } else if (config instanceof Conv2DTransposeConfig c) {
      return c.activation();
    } else if (config instanceof DenseConfig c) {
      return c.activation();
    } else if (config instanceof ActivationConfig c) {
      return c.activation();
    }
    return null;
  }

  private static TensorShape window(Window2D w, TensorShape in, int channels) {
    int h = length(in.height(), w.height(), w.strideHeight(), w.dilationHeight(), w.padding());
    int wd = length(in.width(), w.width(), w.strideWidth(), w.dilationWidth(), w.padding());
    return h <= 0 || wd <= 0 ? null : TensorShape.spatial(h, wd, channels);
  }

  private static int length(int in, int k, int s, int d, Padding padding) {
    if (padding == Padding.SAME) {
      return (in + s - 1) / s;
    }
    int effective = d * (k - 1) + 1;
    return in < effective ? 0 : (in - effective) / s + 1;
  }

  private static int dropped(int in, int k, int s, int d) {
    int out = length(in, k, s, d, Padding.VALID);
    return out <= 0 ? 0 : in - ((out - 1) * s + d * (k - 1) + 1);
  }

  private static int transposed(int in, int k, int s, Padding padding) {
    return padding == Padding.SAME ? in * s : in * s + Math.max(k - s, 0);
  }
}
