package dev.lamina.onnx;

import dev.lamina.dsl.Padding;
import dev.lamina.runtime.kernel.Window2D;

/**
 * A {@link Window2D} as ONNX's {@code kernel_shape}, {@code strides}, {@code dilations} and explicit
 * {@code pads} ({@code [top, left, bottom, right]}). SAME pads as TensorFlow and Keras do: in total
 * {@code max((ceil(in / s) - 1) * s + (k - 1) * d + 1 - in, 0)} per axis, the smaller half at the top and
 * left (ONNX's {@code SAME_UPPER}, written out so that no tool has to know the convention).
 */
final class Windows {
  private Windows() {}

  static long[] kernel(Window2D w) {
    return new long[] {w.height(), w.width()};
  }

  static long[] strides(Window2D w) {
    return new long[] {w.strideHeight(), w.strideWidth()};
  }

  static long[] dilations(Window2D w) {
    return new long[] {w.dilationHeight(), w.dilationWidth()};
  }

  /** The pads of a convolution or pooling window over an {@code height x width} input. */
  static long[] pads(Window2D w, int height, int width) {
    if (w.padding() == Padding.VALID) {
      return new long[] {0, 0, 0, 0};
    }
    long h = total(height, w.height(), w.strideHeight(), w.dilationHeight());
    long v = total(width, w.width(), w.strideWidth(), w.dilationWidth());
    return new long[] {h / 2, v / 2, h - h / 2, v - v / 2};
  }

  private static long total(int in, int k, int s, int d) {
    long out = (in + s - 1) / s;
    return Math.max((out - 1) * s + (long) (k - 1) * d + 1 - in, 0);
  }
}
