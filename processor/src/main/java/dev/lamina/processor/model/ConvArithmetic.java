package dev.lamina.processor.model;

import dev.lamina.dsl.Padding;

/**
 * The one place where output sizes of convolutions, pooling and transposed convolutions are
 * computed, per spatial axis. Formulas are Keras's ({@code keras.src.ops.operation_utils}
 * {@code compute_conv_output_shape}, and {@code deconv_output_length} for transposed convolutions);
 * padding follows TensorFlow: the smaller half of a SAME padding goes on the top and left.
 *
 * <p>Arithmetic is exact: a result that does not fit an {@code int} throws
 * {@link ArithmeticException} (the shape inference reports it as a tensor too large), never wraps.
 */
public final class ConvArithmetic {
  private ConvArithmetic() {}

  /**
   * The extent of a dilated window: {@code dilation * (size - 1) + 1}.
   *
   * @throws ArithmeticException if it exceeds {@code Integer.MAX_VALUE}
   */
  public static int effectiveSize(int size, int dilation) {
    return Math.addExact(Math.multiplyExact(dilation, size - 1), 1);
  }

  /**
   * Output length of a convolution or pooling window along one axis.
   *
   * <ul>
   *   <li>VALID: {@code floor((in - k') / s) + 1}, with {@code k'} the dilated window; zero or
   *       negative when the window does not fit.
   *   <li>SAME: {@code ceil(in / s)}.
   * </ul>
   *
   * @throws ArithmeticException if the dilated window exceeds {@code Integer.MAX_VALUE}
   */
  public static int outputLength(int in, int size, int stride, int dilation, Padding padding) {
    return switch (padding) {
      case VALID -> (int) (Math.floorDiv((long) in - effectiveSize(size, dilation), stride) + 1);
      case SAME -> ceilDiv(in, stride);
    };
  }

  /**
   * Output length of a transposed convolution along one axis (Keras {@code deconv_output_length},
   * no output padding): SAME {@code in * s}; VALID {@code in * s + max(k - s, 0)}.
   *
   * @throws ArithmeticException if the length exceeds {@code Integer.MAX_VALUE}
   */
  public static int transposeOutputLength(int in, int size, int stride, Padding padding) {
    return switch (padding) {
      case SAME -> Math.multiplyExact(in, stride);
      case VALID -> Math.addExact(Math.multiplyExact(in, stride), Math.max(size - stride, 0));
    };
  }

  /**
   * Total zero padding a SAME window adds along one axis:
   * {@code max((out - 1) * s + k' - in, 0)}; the top (or left) side gets {@code total / 2}.
   */
  public static int samePaddingTotal(int in, int size, int stride, int dilation) {
    long out = ceilDiv(in, stride);
    return Math.toIntExact(Math.max((out - 1) * stride + effectiveSize(size, dilation) - in, 0));
  }

  /**
   * The input rows (or columns) a VALID window never reads: {@code in - ((out - 1) * s + k')}; a
   * positive result means the layer silently drops them.
   */
  public static int droppedByValid(int in, int size, int stride, int dilation) {
    int out = outputLength(in, size, stride, dilation, Padding.VALID);
    if (out <= 0) {
      return 0;
    }
    return (int) (in - ((long) (out - 1) * stride + effectiveSize(size, dilation)));
  }

  /**
   * The largest window size that fits {@code in} with padding VALID once dilated:
   * {@code floor((in - 1) / dilation) + 1}, or 0 when {@code in} is not positive.
   */
  public static int largestValidSize(int in, int dilation) {
    return in <= 0 ? 0 : (in - 1) / dilation + 1;
  }

  private static int ceilDiv(int a, int b) {
    return -Math.floorDiv(-a, b);
  }
}
