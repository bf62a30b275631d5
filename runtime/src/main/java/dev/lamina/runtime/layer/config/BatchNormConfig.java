package dev.lamina.runtime.layer.config;

/**
 * A {@code @BatchNorm} layer (Keras {@code BatchNormalization}, over the channel axis):
 * {@code gamma * (x - mean) / sqrt(variance + epsilon) + beta}.
 *
 * @param momentum the moving statistics' momentum ({@code moving = moving * momentum + batch * (1 - momentum)})
 * @param epsilon added to the variance
 * @param center whether the layer has the offset {@code beta}
 * @param scale whether the layer has the scale {@code gamma}
 */
public record BatchNormConfig(double momentum, double epsilon, boolean center, boolean scale)
    implements LayerConfig {
  @Override
  public String kerasType() {
    return "BatchNormalization";
  }
}
