package dev.lamina.runtime.layer.config;

import dev.lamina.runtime.kernel.Margins2D;
import java.util.Objects;

/**
 * A {@code @Cropping2D} layer (Keras {@code Cropping2D(cropping=((top, bottom), (left, right)))}):
 * {@code [N, H, W, C] -> [N, H - top - bottom, W - left - right, C]}.
 *
 * @param cropping the rows and columns removed at each border
 */
public record Cropping2DConfig(Margins2D cropping) implements LayerConfig {
  public Cropping2DConfig {
    Objects.requireNonNull(cropping, "cropping");
  }

  @Override
  public String kerasType() {
    return "Cropping2D";
  }
}
