package dev.lamina.keras.mapping;

import dev.lamina.dsl.Initializer;
import dev.lamina.keras.config.KerasLayer;
import dev.lamina.runtime.layer.config.LayerConfig;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A Keras layer as Lamina declares it.
 *
 * @param keras the Keras layer
 * @param lamina the Lamina layer's configuration: what the generated interface declares and what
 *     {@link dev.lamina.runtime.layer.Layer#config()} of a matching network returns
 * @param initializers initializers to declare, by annotation attribute ({@code kernelInitializer}), only
 *     where Keras's differs from the annotation's default
 * @param notes Keras settings that are not declared because they affect training only (regularizers,
 *     constraints, initializers Lamina lacks), one sentence each
 */
public record MappedLayer(KerasLayer keras, LayerConfig lamina, Map<String, Initializer> initializers,
    List<String> notes) {
  public MappedLayer {
    Objects.requireNonNull(keras, "keras");
    Objects.requireNonNull(lamina, "lamina");
    initializers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(initializers));
    notes = List.copyOf(notes);
  }
}
