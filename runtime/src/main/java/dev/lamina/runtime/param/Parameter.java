package dev.lamina.runtime.param;

import java.util.Arrays;
import java.util.Objects;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * One parameter tensor of a layer, in Keras's layout (a Conv2D kernel is
 * {@code [kH, kW, inChannels, filters]}, a Dense kernel {@code [in, units]}).
 *
 * <p>{@link #value()} and {@link #gradient()} are views into a model's flat buffers
 * ({@link Parameters#values()}, {@link Parameters#gradients()}): writing to them changes the model.
 *
 * @param layer the owning layer's name
 * @param name the tensor's name within the layer ({@code kernel}, {@code bias}, {@code gamma},
 *     {@code moving_mean}, ... as Keras names its weights)
 * @param value the values
 * @param gradient the gradient of the last backward pass, same shape; null for non-trainable tensors
 */
public record Parameter(String layer, String name, INDArray value, INDArray gradient) {

  /** @throws NullPointerException if layer, name or value is null */
  public Parameter {
    Objects.requireNonNull(layer, "layer");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
  }

  /** Whether the optimizer updates this tensor (it has a gradient). */
  public boolean trainable() {
    return gradient != null;
  }

  /** {@code layer/name}, the key under which checkpoints store the tensor (Keras's weight path). */
  public String path() {
    return layer + "/" + name;
  }

  /** The tensor's shape. */
  public long[] shape() {
    return value.shape();
  }

  /** Number of values. */
  public long size() {
    return value.length();
  }

  @Override
  public String toString() {
    return path() + Arrays.toString(shape()) + (trainable() ? "" : " (non-trainable)");
  }
}
