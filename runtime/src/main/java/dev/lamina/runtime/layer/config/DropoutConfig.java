package dev.lamina.runtime.layer.config;

/**
 * A {@code @Dropout} layer (Keras {@code Dropout}): in training, each value is zeroed with probability
 * {@code rate} and the others scaled by {@code 1 / (1 - rate)}; the identity at inference.
 *
 * @param rate the fraction of values dropped, in [0, 1)
 */
public record DropoutConfig(double rate) implements LayerConfig {
  @Override
  public String kerasType() {
    return "Dropout";
  }
}
