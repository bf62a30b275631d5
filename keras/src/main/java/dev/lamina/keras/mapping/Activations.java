package dev.lamina.keras.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lamina.dsl.ActivationFunction;
import dev.lamina.keras.config.KerasJson;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Keras's activation names ({@code keras.activations}) and Lamina's {@link ActivationFunction}s. */
public final class Activations {
  private static final Map<String, ActivationFunction> BY_NAME = Map.ofEntries(
      Map.entry("linear", ActivationFunction.LINEAR),
      Map.entry("relu", ActivationFunction.RELU),
      Map.entry("selu", ActivationFunction.SELU),
      Map.entry("elu", ActivationFunction.ELU),
      Map.entry("leaky_relu", ActivationFunction.LEAKY_RELU),
      Map.entry("tanh", ActivationFunction.TANH),
      Map.entry("sigmoid", ActivationFunction.SIGMOID),
      Map.entry("softmax", ActivationFunction.SOFTMAX),
      Map.entry("softplus", ActivationFunction.SOFTPLUS),
      Map.entry("swish", ActivationFunction.SWISH),
      Map.entry("silu", ActivationFunction.SWISH));

  private Activations() {}

  /**
   * The function for Keras's {@code activation} setting: a name, or Keras 3's serialized function
   * ({@code {"class_name": "function", "config": "relu"}}); absent or {@code null} is linear.
   *
   * @throws dev.lamina.keras.UnsupportedKerasModelException for a name Lamina lacks
   */
  static ActivationFunction of(JsonNode value, LayerSettings settings) {
    if (!KerasJson.present(value)) {
      return ActivationFunction.LINEAR;
    }
    String name = value.isTextual() ? value.asText()
        : value.path("config").isTextual() ? value.path("config").asText() : null;
    ActivationFunction function = name == null ? null : BY_NAME.get(name);
    if (function == null) {
      throw settings.unsupported("activation", name == null ? value.toString() : LayerSettings.quoted(name),
          "Lamina's activations are " + names());
    }
    return function;
  }

  /** Keras's name of a Lamina activation: {@code relu}, {@code leaky_relu}. */
  public static String kerasName(ActivationFunction function) {
    return function.name().toLowerCase(Locale.ROOT);
  }

  private static String names() {
    return Arrays.stream(ActivationFunction.values()).map(f -> "\"" + kerasName(f) + "\"")
        .collect(Collectors.joining(", "));
  }
}
