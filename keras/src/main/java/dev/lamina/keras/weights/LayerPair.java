package dev.lamina.keras.weights;

import dev.lamina.keras.file.LayerWeights;
import dev.lamina.keras.mapping.MappedLayer;
import dev.lamina.runtime.layer.Layer;
import java.util.Objects;
import java.util.Optional;

/**
 * A Lamina layer and the Keras layer whose weights it takes.
 *
 * @param lamina the Lamina layer
 * @param keras how messages name the Keras layer: {@code conv2d_1 (Conv2D)}, or its group in a file
 *     without architecture
 * @param expected the Keras layer mapped to Lamina, when the file holds the architecture
 * @param weights the Keras layer's weights; empty when the file holds none for it
 */
record LayerPair(Layer lamina, String keras, Optional<MappedLayer> expected, Optional<LayerWeights> weights) {
  LayerPair {
    Objects.requireNonNull(lamina, "lamina");
    Objects.requireNonNull(keras, "keras");
    Objects.requireNonNull(expected, "expected");
    Objects.requireNonNull(weights, "weights");
  }

  /** {@code conv1 (Conv2D)}. */
  String laminaLabel() {
    return lamina.name() + " (" + lamina.type() + ")";
  }
}
