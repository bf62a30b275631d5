package dev.lamina.runtime.init;

/**
 * A tensor's fan-in and fan-out as Keras computes them ({@code keras.src.initializers.random_initializers.compute_fans})
 * on the stored shape: a vector has both equal to its length; a matrix {@code [in, out]}; a
 * convolution kernel {@code [kH, kW, ..., in, out]} multiplies both by the receptive field
 * {@code kH * kW * ...}.
 *
 * @param in fan-in
 * @param out fan-out
 */
public record Fans(double in, double out) {

  /**
   * The fans of a tensor of shape {@code shape}.
   *
   * @throws IllegalArgumentException if {@code shape} is empty
   */
  public static Fans of(long... shape) {
    return switch (shape.length) {
      case 0 -> throw new IllegalArgumentException("a scalar has no fans");
      case 1 -> new Fans(shape[0], shape[0]);
      case 2 -> new Fans(shape[0], shape[1]);
      default -> {
        double receptive = 1;
        for (int i = 0; i < shape.length - 2; i++) {
          receptive *= shape[i];
        }
        yield new Fans(shape[shape.length - 2] * receptive, shape[shape.length - 1] * receptive);
      }
    };
  }

  /** {@code (in + out) / 2}, Keras's {@code fan_avg}. */
  public double average() {
    return (in + out) / 2;
  }
}
