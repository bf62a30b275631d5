package dev.lamina.runtime.layer.config;

import dev.lamina.runtime.kernel.Interpolation;
import java.util.Objects;

/**
 * An {@code @UpSampling2D} layer (Keras {@code UpSampling2D(size=(sizeHeight, sizeWidth), interpolation=...)}):
 * {@code [N, H, W, C] -> [N, H * sizeHeight, W * sizeWidth, C]}.
 *
 * @param sizeHeight the factor along the height, at least 1
 * @param sizeWidth the factor along the width, at least 1
 * @param interpolation nearest (Keras's default) or bilinear
 */
public record UpSampling2DConfig(int sizeHeight, int sizeWidth, Interpolation interpolation) implements LayerConfig {
  /** @throws IllegalArgumentException if a factor is below 1 */
  public UpSampling2DConfig {
    Objects.requireNonNull(interpolation, "interpolation");
    if (sizeHeight < 1 || sizeWidth < 1) {
      throw new IllegalArgumentException("UpSampling2D sizes must be at least 1, got (" + sizeHeight + ", " + sizeWidth + ")");
    }
  }

  @Override
  public String kerasType() {
    return "UpSampling2D";
  }
}
