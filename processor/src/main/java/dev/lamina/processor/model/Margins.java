package dev.lamina.processor.model;

/**
 * Rows and columns at each border, as Keras writes {@code ((top, bottom), (left, right))}: what
 * {@code @ZeroPadding2D} adds and {@code @Cropping2D} removes.
 */
public record Margins(int top, int bottom, int left, int right) {
  /** The same margin at every border. */
  public static Margins uniform(int m) {
    return new Margins(m, m, m, m);
  }

  /** {@code ((1, 1), (2, 2))}. */
  public String describe() {
    return "((" + top + ", " + bottom + "), (" + left + ", " + right + "))";
  }

  /** Whether every margin is at least 0. */
  boolean nonNegative() {
    return top >= 0 && bottom >= 0 && left >= 0 && right >= 0;
  }
}
