package dev.lamina.keras.file;

import java.util.List;
import java.util.Objects;

/**
 * The weights of one Keras layer as a file stores them.
 *
 * @param key the layer's key in the file: its name in Keras 2 files ({@code conv2d_1}), its class-named
 *     group in Keras 3 files ({@code conv2d_1} for the second {@code Conv2D}, whatever its name)
 * @param location the layer's group in the HDF5 file, for messages
 * @param tensors its tensors in Keras's order (Keras 2: {@code weight_names}; Keras 3: {@code vars/0},
 *     {@code vars/1}, ...); empty for layers without weights
 */
public record LayerWeights(String key, String location, List<WeightTensor> tensors) {
  public LayerWeights {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(location, "location");
    tensors = List.copyOf(tensors);
  }

  /** The number of values in all tensors (Keras's parameter count of the layer). */
  public long valueCount() {
    return tensors.stream().mapToLong(t -> t.values().length).sum();
  }
}
