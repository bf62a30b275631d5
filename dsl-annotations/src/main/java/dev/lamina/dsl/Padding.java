package dev.lamina.dsl;

/**
 * How a convolution or pooling window treats the borders of its input (Keras's {@code padding}).
 *
 * <p>Output sizes, per spatial dimension, for input size {@code in}, window {@code k} (after
 * dilation) and stride {@code s} (Keras, {@code keras.src.ops.operation_utils.compute_conv_output_shape}):
 * <ul>
 *   <li>{@link #VALID}: {@code floor((in - k) / s) + 1}; the window never leaves the input.
 *   <li>{@link #SAME}: {@code ceil(in / s)}; the input is zero-padded, the smaller half of the
 *       padding on the top and left (TensorFlow's convention).
 * </ul>
 */
public enum Padding {
  /** No padding; rows and columns the window cannot cover are dropped. */
  VALID,
  /** Zero padding so that the output is {@code ceil(in / strides)} large. */
  SAME
}
