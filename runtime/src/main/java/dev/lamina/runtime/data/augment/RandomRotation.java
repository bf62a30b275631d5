package dev.lamina.runtime.data.augment;

import java.awt.geom.AffineTransform;
import java.util.Random;

/**
 * Keras's {@code RandomRotation(factor)}: an angle drawn from {@code [lower * 2 pi, upper * 2 pi]},
 * positive counter-clockwise, about the image's centre {@code ((width - 1) / 2, (height - 1) / 2)}.
 * The matrix is Keras's: output {@code (x, y)} reads input
 * {@code (cos a * x - sin a * y + dx, sin a * x + cos a * y + dy)} with
 * {@code dx = ((w - 1) - (cos a (w - 1) - sin a (h - 1))) / 2} and
 * {@code dy = ((h - 1) - (sin a (w - 1) + cos a (h - 1))) / 2}.
 */
final class RandomRotation implements GeometricTransform {
  private final Factor factor;

  RandomRotation(Factor factor) {
    this.factor = factor;
  }

  @Override
  public void concatenate(AffineTransform matrix, int height, int width, Random random) {
    double angle = factor.draw(random) * 2 * Math.PI;
    if (angle != 0) {
      matrix.concatenate(matrix(angle, height, width));
    }
  }

  /** The rotation by {@code angle} radians, counter-clockwise as displayed (rows grow downwards). */
  static AffineTransform matrix(double angle, int height, int width) {
    double cos = Math.cos(angle);
    double sin = Math.sin(angle);
    double dx = ((width - 1) - (cos * (width - 1) - sin * (height - 1))) / 2;
    double dy = ((height - 1) - (sin * (width - 1) + cos * (height - 1))) / 2;
    return new AffineTransform(cos, sin, -sin, cos, dx, dy);
  }

  @Override
  public String toString() {
    return "RandomRotation(" + factor + ")";
  }
}
