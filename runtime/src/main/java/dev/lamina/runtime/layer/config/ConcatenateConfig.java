package dev.lamina.runtime.layer.config;

import dev.lamina.dsl.ActivationFunction;
import java.util.Objects;

/**
 * A {@code @Concatenate} layer (Keras {@code Concatenate(axis=-1)}): inputs {@code [N, H, W, C_i]} of equal
 * height and width, output {@code [N, H, W, sum C_i]}, in the order of the inputs.
 *
 * @param activation applied after the concatenation ({@link ActivationFunction#LINEAR}, Keras's only
 *     choice, for none)
 */
public record ConcatenateConfig(ActivationFunction activation) implements LayerConfig {
  public ConcatenateConfig {
    Objects.requireNonNull(activation, "activation");
  }

  /** Keras's {@code Concatenate()}: no activation. */
  public ConcatenateConfig() {
    this(ActivationFunction.LINEAR);
  }

  /** The axis concatenated along, as Keras writes it: {@code -1}, the channels. */
  public int axis() {
    return -1;
  }

  @Override
  public String kerasType() {
    return "Concatenate";
  }
}
