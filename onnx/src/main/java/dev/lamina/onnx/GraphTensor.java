package dev.lamina.onnx;

import java.util.Arrays;

/**
 * A tensor of the graph being built: its name, its layout, and one example's shape as Lamina states it
 * ({@code {height, width, channels}} or {@code {features}}), whatever the layout.
 */
record GraphTensor(String name, Layout layout, int[] shape) {
  GraphTensor {
    shape = shape.clone();
  }

  @Override
  public int[] shape() {
    return shape.clone();
  }

  int height() {
    return shape[0];
  }

  int width() {
    return shape[1];
  }

  int channels() {
    return shape[shape.length - 1];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GraphTensor t && name.equals(t.name) && layout == t.layout && Arrays.equals(shape, t.shape);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  @Override
  public String toString() {
    return name + " " + layout + Arrays.toString(shape);
  }
}
