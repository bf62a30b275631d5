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
    return convolution(w, inHeight, inWidth, w.height(), w.width());
  }

  /**
   * A convolution's geometry for a kernel of {@code kernelHeight x kernelWidth} that is the declared
   * window's kernel zero-padded at the bottom and right (a kernel shorter than its stride run as one
   * as long as the stride, docs/native-safety.md): the declared window's padding, with the bottom and
   * right padding grown by the taps added, so that output {@code o} still starts at input row
   * {@code o*s - padTop} and the output size is unchanged.
   *
   * @throws IllegalArgumentException if the kernel is shorter than the window, or the window dilated
   *     while the kernel is longer
   */
  static Geometry convolution(Window2D w, long inHeight, long inWidth, long kernelHeight, long kernelWidth) {
    long extraHeight = kernelHeight - w.height();
    long extraWidth = kernelWidth - w.width();
    if (extraHeight < 0 || extraWidth < 0 || (w.dilated() && (extraHeight > 0 || extraWidth > 0))) {
      throw new IllegalArgumentException("a " + kernelHeight + "x" + kernelWidth + " kernel for " + w);
    }
    long[] total = {samePadding(w.padding(), inHeight, w.height(), w.strideHeight(), w.dilationHeight()),
        samePadding(w.padding(), inWidth, w.width(), w.strideWidth(), w.dilationWidth())};
    Geometry g = of(w, total);
    g.padRight()[0] += extraHeight;
    g.padRight()[1] += extraWidth;
    return g;
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
