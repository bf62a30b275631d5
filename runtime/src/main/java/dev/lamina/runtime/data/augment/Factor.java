package dev.lamina.runtime.data.augment;

import java.util.Random;

/**
 * The range a random augmentation draws its amount from, uniformly: Keras's {@code factor} when given
 * as a tuple {@code (lower, upper)}. What the amount means depends on the transform (a fraction of
 * {@code 2 pi} for a rotation, of the height or width for a translation, ...); each builder method of
 * {@link Augmentation} says.
 *
 * @param lower the smallest amount
 * @param upper the largest amount, at least {@code lower}
 */
public record Factor(double lower, double upper) {
  /**
   * @throws IllegalArgumentException if a bound is not finite or {@code upper < lower}
   */
  public Factor {
    if (!Double.isFinite(lower) || !Double.isFinite(upper)) {
      throw new IllegalArgumentException("a factor's bounds must be finite, got (" + lower + ", " + upper + ")");
    }
    if (upper < lower) {
      throw new IllegalArgumentException("a factor's upper bound must be at least its lower bound, got (" + lower
          + ", " + upper + ")");
    }
  }

  /** {@code (lower, upper)}. */
  public static Factor of(double lower, double upper) {
    return new Factor(lower, upper);
  }

  /**
   * {@code (-factor, factor)}: what Keras makes of a single value for rotations, zooms, translations
   * and brightness.
   *
   * @throws IllegalArgumentException if {@code factor} is negative or not finite
   */
  public static Factor symmetric(double factor) {
    if (!(factor >= 0)) {
      throw new IllegalArgumentException("a single factor is a non-negative amount (the range is (-factor,"
          + " factor)), got " + factor);
    }
    return new Factor(-factor, factor);
  }

  /** Whether the range is the single point 0: the transform never changes anything. */
  boolean none() {
    return lower == 0 && upper == 0;
  }

  /** A uniform draw from {@code [lower, upper)}, or the bound when they are equal. */
  double draw(Random random) {
    return lower == upper ? lower : lower + (upper - lower) * random.nextDouble();
  }

  @Override
  public String toString() {
    return lower == -upper ? Double.toString(upper) : "(" + lower + ", " + upper + ")";
  }
}
