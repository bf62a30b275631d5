package dev.lamina.runtime.layer.config;

import dev.lamina.dsl.ActivationFunction;
import java.util.Objects;

/**
 * A standalone {@code @Activation} layer (Keras {@code Activation}).
 *
 * @param activation the function applied element-wise (or over the channels, for softmax)
 */
public record ActivationConfig(ActivationFunction activation) implements LayerConfig {
  public ActivationConfig {
    Objects.requireNonNull(activation, "activation");
  }

  @Override
  public String kerasType() {
    return "Activation";
  }
}
