package dev.lamina.runtime.layer.config;

import dev.lamina.dsl.ActivationFunction;
import dev.lamina.runtime.kernel.MergeMode;
import java.util.Objects;

/**
 * An element-wise merge layer: {@code @Add}, {@code @Subtract}, {@code @Multiply}, {@code @Average} or
 * {@code @Maximum} (Keras {@code Add}, {@code Subtract}, ...): inputs of one shape, output of that shape.
 *
 * @param mode how the inputs are combined
 * @param activation applied after the merge ({@link ActivationFunction#LINEAR} for none, Keras's only choice)
 */
public record MergeConfig(MergeMode mode, ActivationFunction activation) implements LayerConfig {
  public MergeConfig {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(activation, "activation");
  }

  @Override
  public String kerasType() {
    return mode.kerasType();
  }
}
