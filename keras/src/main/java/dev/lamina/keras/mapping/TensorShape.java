package dev.lamina.keras.mapping;

import java.util.Arrays;

/**
 * One example's shape between two layers, without the batch dimension: {@code [height, width,
 * channels]} (spatial) or {@code [features]} (flat).
 */
public record TensorShape(int[] dims) {
  public TensorShape {
    dims = dims.clone();
  }

  /** {@code [height, width, channels]}. */
  public static TensorShape spatial(int height, int width, int channels) {
    return new TensorShape(new int[] {height, width, channels});
  }

  /** {@code [features]}. */
  public static TensorShape flat(int features) {
    return new TensorShape(new int[] {features});
  }

  @Override
  public int[] dims() {
    return dims.clone();
  }

  /** Whether the shape is {@code [height, width, channels]}. */
  public boolean isSpatial() {
    return dims.length == 3;
  }

  public int height() {
    return dims[0];
  }

  public int width() {
    return dims[1];
  }

  /** Channels of a spatial shape, features of a flat one. */
  public int channels() {
    return dims[dims.length - 1];
  }

  /** {@code 28x28x1} or {@code 1024}. */
  public String describe() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < dims.length; i++) {
      sb.append(i == 0 ? "" : "x").append(dims[i]);
    }
    return sb.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TensorShape t && Arrays.equals(dims, t.dims);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(dims);
  }

  @Override
  public String toString() {
    return describe();
  }
}
