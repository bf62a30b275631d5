package dev.lamina.keras.mapping;

import dev.lamina.keras.KerasFormatException;
import dev.lamina.keras.UnsupportedKerasModelException;
import java.util.Set;

/**
 * Maps the layers of one Keras class (and its aliases) to a Lamina layer: reads the layer's
 * {@code get_config()} into the class's typed record, checks every setting Lamina must match, and
 * returns the Lamina configuration. One small mapper per Keras class: supporting a new layer is adding
 * a mapper to {@link LayerMappers}.
 */
public interface LayerMapper {
  /** The Keras class names this mapper reads ({@code MaxPooling2D}, {@code MaxPool2D}). */
  Set<String> kerasClasses();

  /**
   * @param settings the layer, its input shape and the helpers that read and check its settings
   * @throws UnsupportedKerasModelException if a setting has no Lamina equivalent (the message names the
   *     file, the layer, its class and the setting)
   * @throws KerasFormatException if the configuration is not what Keras writes for the class
   */
  MappedLayer map(LayerSettings settings) throws KerasFormatException;
}
