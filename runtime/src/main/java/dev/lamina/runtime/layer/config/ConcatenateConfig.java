package dev.lamina.runtime.layer.config;

/**
 * A {@code @Concatenate} layer (Keras {@code Concatenate(axis=-1)}): inputs {@code [N, H, W, C_i]} of equal
 * height and width, output {@code [N, H, W, sum C_i]}, in the order of the inputs.
 */
public record ConcatenateConfig() implements LayerConfig {
  /** The axis concatenated along, as Keras writes it: {@code -1}, the channels. */
  public int axis() {
    return -1;
  }

  @Override
  public String kerasType() {
    return "Concatenate";
  }
}
