package dev.lamina.runtime.metric;

import java.util.Arrays;

/** Shape tests shared by the metrics (and the losses): how labels relate to outputs. */
public final class Shapes {
  private Shapes() {}

  /** Whether {@code labelShape} is {@code outputShape} without its last axis: one class index per row. */
  public static boolean sparse(int[] outputShape, int[] labelShape) {
    return outputShape.length >= 1
        && Arrays.equals(labelShape, Arrays.copyOf(outputShape, outputShape.length - 1));
  }

  /** Whether labels have the output's shape: one-hot rows, per-pixel targets. */
  public static boolean dense(int[] outputShape, int[] labelShape) {
    return Arrays.equals(outputShape, labelShape);
  }

  /** The last axis's length: the classes of a softmax output. */
  public static int classes(int[] outputShape) {
    return outputShape.length == 0 ? 1 : outputShape[outputShape.length - 1];
  }

  /** A shape as {@code [28, 28, 1]}. */
  public static String format(int[] shape) {
    return Arrays.toString(shape);
  }
}
