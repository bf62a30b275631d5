package dev.lamina.runtime.data.augment;

import java.awt.geom.AffineTransform;
import java.util.Objects;
import java.util.Random;

/**
 * Keras's {@code RandomFlip(mode)}: each allowed flip happens with probability 1/2. A left-right
 * flip reads column {@code width - 1 - x} for output column {@code x}; a top-bottom flip reads row
 * {@code height - 1 - y}. Both map pixel centres to pixel centres, so a flip alone copies pixels
 * exactly.
 */
final class RandomFlip implements GeometricTransform {
  private final FlipMode mode;

  RandomFlip(FlipMode mode) {
    this.mode = Objects.requireNonNull(mode, "mode");
  }

  @Override
  public void concatenate(AffineTransform matrix, int height, int width, Random random) {
    boolean horizontal = mode != FlipMode.VERTICAL && random.nextDouble() < 0.5;
    boolean vertical = mode != FlipMode.HORIZONTAL && random.nextDouble() < 0.5;
    if (horizontal || vertical) {
      matrix.concatenate(matrix(horizontal, vertical, height, width));
    }
  }

  /** The flip's matrix: {@code x' = width - 1 - x} when horizontal, {@code y' = height - 1 - y} when vertical. */
  static AffineTransform matrix(boolean horizontal, boolean vertical, int height, int width) {
    return new AffineTransform(horizontal ? -1 : 1, 0, 0, vertical ? -1 : 1, horizontal ? width - 1 : 0,
        vertical ? height - 1 : 0);
  }

  @Override
  public String toString() {
    return "RandomFlip(" + mode.name().toLowerCase(java.util.Locale.ROOT) + ")";
  }
}
