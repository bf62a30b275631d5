package dev.lamina.keras.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lamina.dsl.Initializer;
import java.util.Map;

/** Keras's initializer classes ({@code keras.initializers}) that Lamina has. */
final class Initializers {
  private static final Map<String, Initializer> BY_CLASS = Map.ofEntries(
      Map.entry("GlorotUniform", Initializer.GLOROT_UNIFORM),
      Map.entry("GlorotNormal", Initializer.GLOROT_NORMAL),
      Map.entry("HeNormal", Initializer.HE_NORMAL),
      Map.entry("HeUniform", Initializer.HE_UNIFORM),
      Map.entry("LecunNormal", Initializer.LECUN_NORMAL),
      Map.entry("LecunUniform", Initializer.LECUN_UNIFORM),
      Map.entry("Zeros", Initializer.ZEROS),
      Map.entry("Ones", Initializer.ONES),
      Map.entry("glorot_uniform", Initializer.GLOROT_UNIFORM),
      Map.entry("glorot_normal", Initializer.GLOROT_NORMAL),
      Map.entry("he_normal", Initializer.HE_NORMAL),
      Map.entry("he_uniform", Initializer.HE_UNIFORM),
      Map.entry("lecun_normal", Initializer.LECUN_NORMAL),
      Map.entry("lecun_uniform", Initializer.LECUN_UNIFORM),
      Map.entry("zeros", Initializer.ZEROS),
      Map.entry("ones", Initializer.ONES));

  private Initializers() {}

  /** Lamina's initializer for Keras's ({@code {"class_name": "HeNormal", ...}} or {@code "he_normal"}), or null. */
  static Initializer of(JsonNode value) {
    String name = value.isTextual() ? value.asText() : value.path("class_name").asText(null);
    return name == null ? null : BY_CLASS.get(name);
  }
}
