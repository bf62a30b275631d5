package dev.lamina.keras.file;

import dev.lamina.keras.KerasFormatException;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keras 2's HDF5 weights layout ({@code hdf5_format.save_weights_to_hdf5_group}): the group (the root
 * of a {@code save_weights} file, {@code model_weights} of a model file) lists the layers in order in
 * its attribute {@code layer_names}; each layer's group lists its tensors in {@code weight_names}
 * ({@code conv2d/kernel:0}, {@code conv2d/bias:0}), datasets at those paths inside the layer's group.
 */
final class Keras2Layout {
  private Keras2Layout() {}

  static WeightSet read(Group group, String source) throws KerasFormatException {
    List<String> layerNames = Hdf5.strings(group, "layer_names", source);
    if (layerNames == null) {
      throw new KerasFormatException(source + ": group " + group.getPath()
          + " has no attribute layer_names, which Keras 2 writes beside the weights");
    }
    try {
      group.getChildren();
    } catch (RuntimeException e) {
      throw new KerasFormatException(source + ": the weights of layers " + String.join(", ", layerNames)
          + " cannot be read: group " + group.getPath() + ", which lists them, is unreadable (truncated or corrupt"
          + " file?): " + e.getMessage(), e);
    }
    Map<String, LayerWeights> layers = new LinkedHashMap<>();
    for (String layer : layerNames) {
      try {
        layers.put(layer, layer(group, layer, source));
      } catch (RuntimeException e) {
        throw new KerasFormatException(source + ": layer " + layer + ": its group " + join(group.getPath(), layer)
            + " cannot be read (truncated or corrupt file?): " + e.getMessage(), e);
      }
    }
    return new WeightSet(layers, true);
  }

  private static LayerWeights layer(Group group, String layer, String source) throws KerasFormatException {
    Node node = Hdf5.child(group, layer);
    if (!(node instanceof Group layerGroup)) {
      throw new KerasFormatException(source + ": layer " + layer + " is listed in layer_names but "
          + group.getPath() + " has no group " + layer);
    }
    List<String> weightNames = Hdf5.strings(layerGroup, "weight_names", source);
    if (weightNames == null) {
      throw new KerasFormatException(source + ": layer " + layer + ": group " + layerGroup.getPath()
          + " has no attribute weight_names");
    }
    List<WeightTensor> tensors = new ArrayList<>();
    for (String weightName : weightNames) {
      Node weight = lookup(layerGroup, weightName);
      if (!(weight instanceof Dataset dataset)) {
        throw new KerasFormatException(source + ": layer " + layer + " is missing its weight " + weightName
            + " (listed in weight_names, no dataset at " + join(layerGroup.getPath(), weightName) + ")");
      }
      tensors.add(Hdf5.tensor(dataset, shortName(weightName), layer, source));
    }
    return new LayerWeights(layer, layerGroup.getPath(), tensors);
  }

  /** {@code conv2d/kernel:0} -> {@code kernel}; {@code model/dense/bias:0} -> {@code bias}. */
  static String shortName(String weightName) {
    String last = weightName.substring(weightName.lastIndexOf('/') + 1);
    return last.replaceFirst(":\\d+$", "");
  }

  private static Node lookup(Group group, String path) {
    Node node = group;
    for (String part : path.split("/")) {
      if (part.isEmpty()) {
        continue;
      }
      if (!(node instanceof Group g)) {
        return null;
      }
      node = Hdf5.child(g, part);
      if (node == null) {
        return null;
      }
    }
    return node;
  }

  static String join(String group, String child) {
    return group.endsWith("/") ? group + child : group + "/" + child;
  }
}
