package dev.lamina.keras.file;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every layer's weights in a Keras file, by key (see {@link LayerWeights#key()}).
 *
 * @param layers the layers; in Keras 2 files in the model's layer order ({@code layer_names}), in
 *     Keras 3 files in the order of their group names (Keras 3 files do not record the layer order)
 * @param inLayerOrder whether {@code layers} is in the model's layer order
 */
public record WeightSet(Map<String, LayerWeights> layers, boolean inLayerOrder) {
  public WeightSet {
    layers = Collections.unmodifiableMap(new LinkedHashMap<>(layers));
  }

  /** The layer stored under {@code key}, if any. */
  public Optional<LayerWeights> layer(String key) {
    return Optional.ofNullable(layers.get(key));
  }

  /** The layers that hold at least one tensor, in {@link #layers()}'s order. */
  public List<LayerWeights> withTensors() {
    List<LayerWeights> out = new ArrayList<>();
    for (LayerWeights l : layers.values()) {
      if (!l.tensors().isEmpty()) {
        out.add(l);
      }
    }
    return out;
  }

  /** The number of values of every tensor: Keras's "Total params". */
  public long valueCount() {
    return layers.values().stream().mapToLong(LayerWeights::valueCount).sum();
  }
}
