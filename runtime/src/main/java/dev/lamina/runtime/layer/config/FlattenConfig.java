package dev.lamina.runtime.layer.config;

/** A {@code @Flatten} layer (Keras {@code Flatten}): {@code [N, H, W, C] -> [N, H * W * C]}, row-major. */
public record FlattenConfig() implements LayerConfig {
  @Override
  public String kerasType() {
    return "Flatten";
  }
}
