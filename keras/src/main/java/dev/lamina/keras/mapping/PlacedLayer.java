package dev.lamina.keras.mapping;

import java.util.Objects;
import java.util.Optional;

/**
 * A mapped layer in its place in the network.
 *
 * @param layer the Keras layer and its Lamina configuration
 * @param input the shape it reads
 * @param output the shape it writes
 * @param laminaWarning what Lamina's compiler will warn about this layer, which Keras accepts silently
 *     (a VALID window that drops rows, a softmax before the last layer); the generated interface
 *     suppresses the warning and says why
 */
public record PlacedLayer(MappedLayer layer, TensorShape input, TensorShape output, Optional<String> laminaWarning) {
  public PlacedLayer {
    Objects.requireNonNull(layer, "layer");
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(laminaWarning, "laminaWarning");
  }
}
