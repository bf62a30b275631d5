package dev.lamina.keras.file;

import java.util.Arrays;
import java.util.Objects;

/**
 * One weight tensor as a Keras file stores it, in Keras's layout (a Conv2D kernel is
 * {@code [kH, kW, inChannels, filters]}), values in C (row-major) order.
 *
 * @param name Keras's weight name without scope and {@code :0} ({@code kernel}, {@code bias},
 *     {@code depthwise_kernel}, {@code gamma}, {@code moving_mean}, ...); null in Keras 3 files, which
 *     store variables by position only
 * @param location the dataset's path in the HDF5 file, for messages
 * @param shape the dimensions
 * @param values every value, widened to double (float32 and float16 convert exactly)
 */
public record WeightTensor(String name, String location, long[] shape, double[] values) {
  public WeightTensor {
    Objects.requireNonNull(location, "location");
    shape = shape.clone();
    Objects.requireNonNull(values, "values");
  }

  @Override
  public long[] shape() {
    return shape.clone();
  }

  /** The shape as Keras and NumPy print it: {@code (3, 3, 1, 16)}. */
  public String shapeText() {
    return describe(shape);
  }

  /** Keras's notation for a shape: {@code (3, 3, 1, 16)}, {@code (16,)}. */
  public static String describe(long[] shape) {
    if (shape.length == 1) {
      return "(" + shape[0] + ",)";
    }
    String s = Arrays.toString(shape);
    return "(" + s.substring(1, s.length() - 1) + ")";
  }

  /** The name for messages: Keras's name, or the location where the file has none. */
  public String label() {
    return name != null ? name : location;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WeightTensor t && Objects.equals(name, t.name) && location.equals(t.location)
        && Arrays.equals(shape, t.shape) && Arrays.equals(values, t.values);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, location, Arrays.hashCode(shape));
  }

  @Override
  public String toString() {
    return label() + " " + shapeText();
  }
}
