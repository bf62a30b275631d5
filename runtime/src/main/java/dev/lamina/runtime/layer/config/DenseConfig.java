package dev.lamina.runtime.layer.config;

import dev.lamina.dsl.ActivationFunction;
import java.util.Objects;

/**
 * A {@code @Dense} layer (Keras {@code Dense}): kernel {@code [inUnits, units]}.
 *
 * @param units output units
 * @param activation the declared activation
 * @param useBias whether the layer adds a bias {@code [units]}
 */
public record DenseConfig(int units, ActivationFunction activation, boolean useBias) implements LayerConfig {
  public DenseConfig {
    Objects.requireNonNull(activation, "activation");
  }

  @Override
  public String kerasType() {
    return "Dense";
  }
}
