package dev.lamina.keras.file;

import dev.lamina.keras.KerasFormatException;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Keras 3's weights layout ({@code saving_lib}): {@code layers/<class_snake>[_N]/vars/<i>}, one group
 * per layer of the model named after its class ({@code conv2d}, {@code conv2d_1} for the second
 * {@code Conv2D}, {@code batch_normalization}), the variables numbered in creation order
 * (trainable first).
 */
final class Keras3Layout {
  private Keras3Layout() {}

  static WeightSet read(Group root, String source) throws KerasFormatException {
    Node layersNode = Hdf5.child(root, "layers");
    if (!(layersNode instanceof Group layersGroup)) {
      throw new KerasFormatException(source + " has no group /layers, where Keras 3 stores each layer's weights");
    }
    Map<String, LayerWeights> layers = new TreeMap<>();
    for (Map.Entry<String, Node> entry : layersGroup.getChildren().entrySet()) {
      if (entry.getValue() instanceof Group layerGroup) {
        layers.put(entry.getKey(), layer(entry.getKey(), layerGroup, source));
      }
    }
    return new WeightSet(layers, false);
  }

  private static LayerWeights layer(String key, Group group, String source) throws KerasFormatException {
    List<WeightTensor> tensors = new ArrayList<>();
    if (Hdf5.child(group, "vars") instanceof Group vars) {
      int count = vars.getChildren().size();
      for (int i = 0; i < count; i++) {
        Node node = Hdf5.child(vars, Integer.toString(i));
        if (!(node instanceof Dataset dataset)) {
          throw new KerasFormatException(source + ": layer " + key + " is missing its weight " + vars.getPath() + "/"
              + i + " (" + vars.getPath() + " holds " + vars.getChildren().keySet() + ")");
        }
        tensors.add(Hdf5.tensor(dataset, null, key, source));
      }
    }
    return new LayerWeights(key, group.getPath(), tensors);
  }
}
