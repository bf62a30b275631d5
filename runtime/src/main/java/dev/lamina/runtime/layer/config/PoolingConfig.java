package dev.lamina.runtime.layer.config;

import dev.lamina.runtime.kernel.PoolMode;
import dev.lamina.runtime.kernel.Window2D;
import java.util.Objects;

/**
 * A {@code @MaxPool} or {@code @AvgPool} layer (Keras {@code MaxPooling2D}, {@code AveragePooling2D}).
 *
 * @param mode maximum or mean
 * @param window pool size, strides and padding (dilation 1)
 */
public record PoolingConfig(PoolMode mode, Window2D window) implements LayerConfig {
  public PoolingConfig {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(window, "window");
  }

  @Override
  public String kerasType() {
    return mode == PoolMode.MAX ? "MaxPooling2D" : "AveragePooling2D";
  }
}
