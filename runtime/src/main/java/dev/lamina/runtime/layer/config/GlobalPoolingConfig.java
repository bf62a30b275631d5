package dev.lamina.runtime.layer.config;

import dev.lamina.runtime.kernel.PoolMode;
import java.util.Objects;

/**
 * A {@code @GlobalMaxPool} or {@code @GlobalAvgPool} layer (Keras {@code GlobalMaxPooling2D},
 * {@code GlobalAveragePooling2D}): {@code [N, H, W, C] -> [N, C]}.
 *
 * @param mode maximum or mean over height and width
 */
public record GlobalPoolingConfig(PoolMode mode) implements LayerConfig {
  public GlobalPoolingConfig {
    Objects.requireNonNull(mode, "mode");
  }

  @Override
  public String kerasType() {
    return mode == PoolMode.MAX ? "GlobalMaxPooling2D" : "GlobalAveragePooling2D";
  }
}
