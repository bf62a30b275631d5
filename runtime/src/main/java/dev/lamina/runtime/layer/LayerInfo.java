package dev.lamina.runtime.layer;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** What every layer handle has: name, Keras kind, the layers it reads and output shape. */
record LayerInfo(String name, String type, List<String> inputs, int[] outputShape) {
  LayerInfo {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    inputs = List.copyOf(inputs);
    outputShape = outputShape.clone();
  }

  @Override
  public int[] outputShape() {
    return outputShape.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LayerInfo other && name.equals(other.name) && type.equals(other.type)
        && inputs.equals(other.inputs) && Arrays.equals(outputShape, other.outputShape);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, type, inputs, Arrays.hashCode(outputShape));
  }

  @Override
  public String toString() {
    return name + " (" + type + ") " + Arrays.toString(outputShape);
  }
}
