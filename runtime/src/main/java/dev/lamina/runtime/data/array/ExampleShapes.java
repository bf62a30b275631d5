package dev.lamina.runtime.data.array;

import java.util.Arrays;
import java.util.Objects;

/** Checks of the shape of one example (features or targets) and of flat arrays holding examples. */
final class ExampleShapes {
  private ExampleShapes() {}

  /**
   * Checks that {@code features} hold {@code n} examples of {@code exampleShape}.
   *
   * @return a copy of the shape
   * @throws IllegalArgumentException if the shape is invalid or the length differs
   */
  static int[] checkFeatures(float[] features, int[] exampleShape, int n) {
    Objects.requireNonNull(features, "features");
    int[] shape = check(exampleShape, "exampleShape");
    long expected = (long) n * length(shape);
    if (features.length != expected) {
      throw new IllegalArgumentException("features hold " + features.length + " values but " + n
          + " examples of " + Arrays.toString(shape) + " need " + expected);
    }
    return shape;
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
