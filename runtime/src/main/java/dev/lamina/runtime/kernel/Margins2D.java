package dev.lamina.runtime.kernel;

/**
 * Rows and columns added or removed at each border of the two spatial axes of an NHWC tensor (Keras's
 * {@code ((top, bottom), (left, right))} of {@code ZeroPadding2D} and {@code Cropping2D}).
 *
 * @param top rows at the top
 * @param bottom rows at the bottom
 * @param left columns on the left
 * @param right columns on the right
 */
public record Margins2D(int top, int bottom, int left, int right) {
  /** @throws IllegalArgumentException if a margin is negative */
  public Margins2D {
    if (top < 0 || bottom < 0 || left < 0 || right < 0) {
      throw new IllegalArgumentException("margins must not be negative, got " + this);
    }
  }

  /** The same margin everywhere (Keras's {@code padding=n} / {@code cropping=n}). */
  public static Margins2D of(int all) {
    return new Margins2D(all, all, all, all);
  }

  /** {@code (rows, columns)}: symmetric margins, Keras's {@code (symmetric_height, symmetric_width)}. */
  public static Margins2D of(int rows, int columns) {
    return new Margins2D(rows, rows, columns, columns);
  }

  /** {@code top + bottom}. */
  public int height() {
    return top + bottom;
  }

  /** {@code left + right}. */
  public int width() {
    return left + right;
  }
}
