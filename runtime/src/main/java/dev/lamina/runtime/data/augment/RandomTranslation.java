package dev.lamina.runtime.data.augment;

import java.awt.geom.AffineTransform;
import java.util.Random;

/**
 * Keras's {@code RandomTranslation(height_factor, width_factor)}: shifts {@code dy = h * height} and
 * {@code dx = w * width} pixels with {@code h} and {@code w} drawn from the factors; positive moves
 * the image down and right. Output {@code (x, y)} reads input {@code (x - dx, y - dy)}; amounts need
 * not be whole pixels (then interpolation blends neighbours).
 */
final class RandomTranslation implements GeometricTransform {
  private final Factor height;
  private final Factor width;

  RandomTranslation(Factor height, Factor width) {
    this.height = requireWithinOne(height, "height");
    this.width = requireWithinOne(width, "width");
  }

  private static Factor requireWithinOne(Factor f, String which) {
    if (f.lower() < -1 || f.upper() > 1) {
      throw new IllegalArgumentException("randomTranslation's " + which + " factor is a fraction of the image's "
          + which + " within [-1, 1]; got " + f);
    }
    return f;
  }

  @Override
  public void concatenate(AffineTransform matrix, int rows, int columns, Random random) {
    double dy = height.draw(random) * rows;
    double dx = width.draw(random) * columns;
    if (dx != 0 || dy != 0) {
      matrix.concatenate(matrix(dy, dx));
    }
  }

  /** The shift by {@code dy} rows down and {@code dx} columns right. */
  static AffineTransform matrix(double dy, double dx) {
    return AffineTransform.getTranslateInstance(-dx, -dy);
  }

  @Override
  public String toString() {
    return "RandomTranslation(" + height + ", " + width + ")";
  }
}
