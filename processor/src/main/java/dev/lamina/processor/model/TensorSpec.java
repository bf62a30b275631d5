package dev.lamina.processor.model;

import dev.lamina.dsl.Initializer;
import java.util.Arrays;
import java.util.Objects;

/**
 * One parameter tensor a layer owns, in Keras's layout and with Keras's weight name.
 *
 * @param name {@code kernel}, {@code bias}, {@code depthwise_kernel}, {@code pointwise_kernel},
 *     {@code gamma}, {@code beta}, {@code moving_mean} or {@code moving_variance}
 * @param shape e.g. {@code {3, 3, 1, 32}}
 * @param initializer how it is filled
 * @param trainable whether the optimizer updates it
 */
public record TensorSpec(String name, int[] shape, Initializer initializer, boolean trainable) {

  public TensorSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(initializer, "initializer");
    shape = shape.clone();
  }

  /** A trainable tensor. */
  public static TensorSpec trainable(String name, Initializer initializer, int... shape) {
    return new TensorSpec(name, shape, initializer, true);
  }

  /** A non-trainable tensor. */
  public static TensorSpec state(String name, Initializer initializer, int... shape) {
    return new TensorSpec(name, shape, initializer, false);
  }

  @Override
  public int[] shape() {
    return shape.clone();
  }

  /**
   * Number of values.
   *
   * @throws ArithmeticException if it exceeds {@code Long.MAX_VALUE}
   */
  public long size() {
    long n = 1;
    for (int d : shape) {
      n = Math.multiplyExact(n, d);
    }
    return n;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TensorSpec t && name.equals(t.name) && Arrays.equals(shape, t.shape)
        && initializer == t.initializer && trainable == t.trainable;
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, Arrays.hashCode(shape), initializer, trainable);
  }

  @Override
  public String toString() {
    return name + Arrays.toString(shape) + (trainable ? "" : " (non-trainable)");
  }
}
