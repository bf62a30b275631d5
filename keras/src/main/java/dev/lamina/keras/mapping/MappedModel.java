package dev.lamina.keras.mapping;

import dev.lamina.keras.config.KerasModel;
import java.util.List;
import java.util.Objects;

/**
 * A Keras model as a Lamina network: its input and its layers in order, each mapped and placed.
 *
 * @param keras the Keras model
 * @param input one example's input shape
 * @param layers the layers, in the network's order
 */
public record MappedModel(KerasModel keras, TensorShape input, List<PlacedLayer> layers) {
  public MappedModel {
    Objects.requireNonNull(keras, "keras");
    Objects.requireNonNull(input, "input");
    layers = List.copyOf(layers);
  }
}
