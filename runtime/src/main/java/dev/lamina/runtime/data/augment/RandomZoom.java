package dev.lamina.runtime.data.augment;

import java.awt.geom.AffineTransform;
import java.util.Random;

/**
 * Keras's {@code RandomZoom(height_factor, width_factor)}: zoom factors {@code zy = 1 + h} and
 * {@code zx = 1 + w} with {@code h} drawn from the height factor and {@code w} from the width factor,
 * or {@code zx = zy} (the aspect ratio kept) without one. Positive amounts zoom out, negative zoom in:
 * output {@code (x, y)} reads input {@code (cx + (x - cx) zx, cy + (y - cy) zy)} about the centre
 * {@code (cx, cy) = ((width - 1) / 2, (height - 1) / 2)}.
 */
final class RandomZoom implements GeometricTransform {
  private final Factor height;
  private final Factor width;

  /** @param width the width factor, or null to zoom the width as the height */
  RandomZoom(Factor height, Factor width) {
    this.height = requireAboveMinusOne(height, "height");
    this.width = width == null ? null : requireAboveMinusOne(width, "width");
  }

  private static Factor requireAboveMinusOne(Factor f, String which) {
    if (f.lower() <= -1) {
      throw new IllegalArgumentException("randomZoom's " + which + " factor must stay above -1 (a zoom of 1 +"
          + " factor, which must be positive); got " + f);
    }
    return f;
  }

  @Override
  public void concatenate(AffineTransform matrix, int rows, int columns, Random random) {
    double zy = 1 + height.draw(random);
    double zx = width == null ? zy : 1 + width.draw(random);
    if (zx != 1 || zy != 1) {
      matrix.concatenate(matrix(zy, zx, rows, columns));
    }
  }

  /** The zoom reading {@code zx} input columns and {@code zy} input rows per output pixel. */
  static AffineTransform matrix(double zy, double zx, int height, int width) {
    return new AffineTransform(zx, 0, 0, zy, (width - 1) / 2.0 * (1 - zx), (height - 1) / 2.0 * (1 - zy));
  }

  @Override
  public String toString() {
    return "RandomZoom(" + height + (width == null ? "" : ", " + width) + ")";
  }
}
