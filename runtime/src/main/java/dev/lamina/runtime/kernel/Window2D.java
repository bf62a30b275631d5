package dev.lamina.runtime.kernel;

import dev.lamina.dsl.Padding;
import java.util.Objects;

/**
 * A sliding window over the two spatial axes of an NHWC tensor, as a convolution or pooling layer
 * declares it. Padding follows TensorFlow and Keras: SAME pads so that the output is
 * {@code ceil(in / strides)} large, the smaller half of the padding on the top and left; VALID does
 * not pad.
 *
 * @param height window height (kernel or pool rows)
 * @param width window width
 * @param strideHeight step between windows along the height
 * @param strideWidth step between windows along the width
 * @param dilationHeight spacing between taps along the height (1 for none)
 * @param dilationWidth spacing between taps along the width (1 for none)
 * @param padding border handling
 */
public record Window2D(int height, int width, int strideHeight, int strideWidth, int dilationHeight,
    int dilationWidth, Padding padding) {

  /** @throws IllegalArgumentException if a size, stride or dilation is not positive */
  public Window2D {
    Objects.requireNonNull(padding, "padding");
    if (height <= 0 || width <= 0 || strideHeight <= 0 || strideWidth <= 0 || dilationHeight <= 0
        || dilationWidth <= 0) {
      throw new IllegalArgumentException("window sizes, strides and dilations must be positive, got " + this);
    }
  }

  /** A window without dilation. */
  public static Window2D of(int height, int width, int strideHeight, int strideWidth, Padding padding) {
    return new Window2D(height, width, strideHeight, strideWidth, 1, 1, padding);
  }

  /** Whether the window has gaps between taps (a dilation above 1 on either axis). */
  public boolean dilated() {
    return dilationHeight > 1 || dilationWidth > 1;
  }

  /**
   * Whether the window is shorter than its stride on an axis, so that rows or columns between two
   * windows are never read. oneDNN 2.5.2's jit convolutions (the 1x1 and depthwise kernels, forward
   * and backward) write outside their buffers on such shapes and can kill the process, so the
   * convolution kernels run these windows on oneDNN with the kernel zero-padded to the stride
   * ({@link StrideLongKernel}) in {@code FLOAT}, on libnd4j's own implementation in {@code DOUBLE} and
   * for dilated windows (docs/native-safety.md).
   */
  public boolean shorterThanStride() {
    return height < strideHeight || width < strideWidth;
  }

  /**
   * Whether this window must run on libnd4j's own implementation rather than through oneDNN (Lamina's
   * own primitives or libnd4j's oneDNN helpers): dilated windows, which the helpers reject, and
   * windows {@linkplain #shorterThanStride shorter than their stride}.
   */
  boolean needsPlainLibnd4j() {
    return dilated() || shorterThanStride();
  }

  /**
   * libnd4j's integer arguments of the conv and pooling family:
   * {@code {kH, kW, sH, sW, pH, pW, dH, dW, sameMode, extra, last}}. Explicit padding is zero: SAME
   * lets libnd4j compute TensorFlow's padding.
   *
   * @param extra index 9: the data format (1 = NHWC) for convolutions, {@code extraParam0} for pooling
   * @param last index 10: the weights format (0 = {@code [kH, kW, in, out]}) for convolutions, the NHWC
   *     flag (1) for pooling
   */
  long[] nativeArgs(int extra, int last) {
    return new long[] {height, width, strideHeight, strideWidth, 0, 0, dilationHeight, dilationWidth,
        padding == Padding.SAME ? 1 : 0, extra, last};
  }
}
