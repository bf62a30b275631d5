package dev.lamina.runtime.kernel.onednn;

import dev.lamina.dsl.Padding;
import dev.lamina.runtime.kernel.Window2D;

/**
 * A window's strides, dilation and padding as oneDNN takes them: dilation counts the gaps between
 * taps ({@code dilation - 1}); SAME padding is TensorFlow's, the smaller half on the top and left.
 *
 * @param strides {@code {sH, sW}}
 * @param dilates {@code {dH - 1, dW - 1}}
 * @param padLeft top and left padding
 * @param padRight bottom and right padding
 */
record Geometry(long[] strides, long[] dilates, long[] padLeft, long[] padRight) {

  /**
   * A convolution's geometry: padding that maps {@code in} to {@code out} (TensorFlow's SAME
   * arithmetic, zero for VALID).
   */
  static Geometry convolution(Window2D w, long inHeight, long inWidth) {
    long[] total = {samePadding(w.padding(), inHeight, w.height(), w.strideHeight(), w.dilationHeight()),
        samePadding(w.padding(), inWidth, w.width(), w.strideWidth(), w.dilationWidth())};
    return of(w, total);
  }

  /**
   * A transposed convolution's geometry: SAME pads {@code max(k - s, 0)} in total so that the output
   * is {@code in * s} (TensorFlow's {@code conv2d_transpose}); VALID pads nothing.
   */
  static Geometry transposed(Window2D w) {
    long[] total = w.padding() == Padding.SAME
        ? new long[] {Math.max(w.height() - w.strideHeight(), 0), Math.max(w.width() - w.strideWidth(), 0)}
        : new long[] {0, 0};
    return of(w, total);
  }

  private static Geometry of(Window2D w, long[] total) {
    return new Geometry(new long[] {w.strideHeight(), w.strideWidth()},
        new long[] {w.dilationHeight() - 1, w.dilationWidth() - 1},
        new long[] {total[0] / 2, total[1] / 2},
        new long[] {total[0] - total[0] / 2, total[1] - total[1] / 2});
  }

  private static long samePadding(Padding padding, long in, int k, int s, int d) {
    if (padding == Padding.VALID) {
      return 0;
    }
    long out = (in + s - 1) / s;
    long effective = (long) d * (k - 1) + 1;
    return Math.max((out - 1) * s + effective - in, 0);
  }
}
