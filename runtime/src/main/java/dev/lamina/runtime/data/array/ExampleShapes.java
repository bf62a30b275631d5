package dev.lamina.runtime.data.array;

import java.util.Arrays;
import java.util.Objects;

/** Checks of the shape of one example (features or targets) and of flat arrays holding examples. */
final class ExampleShapes {
  private ExampleShapes() {}

  /**
   * Checks that {@code features} hold {@code n} examples of {@code exampleShape}, all finite.
   *
   * @return a copy of the shape
   * @throws IllegalArgumentException if the shape is invalid, the length differs, or a value is NaN or
   *     infinite (the message gives the example and the position in it)
   */
  static int[] checkFeatures(float[] features, int[] exampleShape, int n) {
    Objects.requireNonNull(features, "features");
    int[] shape = check(exampleShape, "exampleShape");
    long expected = (long) n * length(shape);
    if (features.length != expected) {
      throw new IllegalArgumentException("features hold " + features.length + " values but " + n
          + " examples of " + Arrays.toString(shape) + " need " + expected);
    }
    requireFinite("features", features, shape);
    return shape;
  }

  /**
   * Checks that every value is finite. A NaN input does not always reach the loss: a fused ReLU maps it
   * to 0, so it would train silently on garbage.
   *
   * @param what "features" or "targets", for the message
   * @throws IllegalArgumentException naming the first NaN or infinite value's example and position
   */
  static void requireFinite(String what, float[] values, int[] exampleShape) {
    for (int i = 0; i < values.length; i++) {
      if (!Float.isFinite(values[i])) {
        int exampleLength = length(exampleShape);
        throw new IllegalArgumentException(what + " of example " + i / exampleLength + " hold " + values[i]
            + " at " + Arrays.toString(position(i % exampleLength, exampleShape)) + " (of "
            + Arrays.toString(exampleShape) + "): clean or impute the data first; a StandardScaler fit on data"
            + " with NaN or infinity spreads it to every example");
      }
    }
  }

  private static int[] position(int offset, int[] shape) {
    int[] position = new int[shape.length];
    for (int d = shape.length - 1; d >= 0; d--) {
      position[d] = offset % shape[d];
      offset /= shape[d];
    }
    return position;
  }

  /**
   * Checks that {@code shape} has at least one dimension, all positive.
   *
   * @return a copy
   * @throws IllegalArgumentException naming {@code what} otherwise
   */
  static int[] check(int[] shape, String what) {
    Objects.requireNonNull(shape, what);
    if (shape.length == 0) {
      throw new IllegalArgumentException(what + " must have at least one dimension");
    }
    for (int d : shape) {
      if (d < 1) {
        throw new IllegalArgumentException(what + " dimensions must be positive, got " + Arrays.toString(shape));
      }
    }
    return shape.clone();
  }

  /** The number of values in {@code shape}; throws ArithmeticException beyond {@code int}. */
  static int length(int[] shape) {
    long length = 1;
    for (int d : shape) {
      length *= d;
    }
    return Math.toIntExact(length);
  }
}
