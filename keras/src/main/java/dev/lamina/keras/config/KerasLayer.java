package dev.lamina.keras.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;

/**
 * One layer of a Keras model's configuration.
 *
 * @param name the layer's name ({@code conv2d_1})
 * @param className its Keras class ({@code Conv2D})
 * @param config its {@code get_config()}, which a {@link dev.lamina.keras.mapping.LayerMapper} reads
 *     into the class's typed record
 * @param inputs the names of the layers whose outputs it reads (in a Sequential model, the previous
 *     layer or the input)
 */
public record KerasLayer(String name, String className, JsonNode config, List<String> inputs) {
  public KerasLayer {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(className, "className");
    Objects.requireNonNull(config, "config");
    inputs = List.copyOf(inputs);
  }

  /** {@code conv2d_1 (Conv2D)}, as messages name a layer. */
  public String describe() {
    return name + " (" + className + ")";
  }
}
