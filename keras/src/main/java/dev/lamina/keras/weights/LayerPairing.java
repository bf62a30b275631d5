package dev.lamina.keras.weights;

import dev.lamina.keras.KerasFormatException;
import dev.lamina.keras.config.KerasLayer;
import dev.lamina.keras.config.KerasModel;
import dev.lamina.keras.config.KerasModels;
import dev.lamina.keras.file.KerasFile;
import dev.lamina.keras.file.LayerWeights;
import dev.lamina.keras.mapping.MappedModel;
import dev.lamina.keras.mapping.ModelMapper;
import dev.lamina.keras.mapping.PlacedLayer;
import dev.lamina.runtime.Model;
import dev.lamina.runtime.layer.Layer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Pairs a network's layers with a Keras file's, in order. With the architecture (model files,
 * {@code .keras}): every Keras layer but the input with one Lamina layer, the input shapes equal. Without
 * (weights files): the layers that hold weights, in Keras 2's {@code layer_names} order or, in Keras 3
 * files, by the class-named group each Lamina layer's Keras class gets.
 */
final class LayerPairing {
  private LayerPairing() {}

  /**
   * @param problems receives what prevents pairing (another input shape); a count mismatch throws
   * @throws dev.lamina.keras.IncompatibleKerasWeightsException if the layer counts differ
   */
  static List<LayerPair> pair(Model model, KerasFile file, List<String> problems) throws KerasFormatException {
    String source = file.path().toString();
    if (file.configJson().isPresent()) {
      KerasModel keras = KerasModels.parse(file.configJson().get(), source);
      return withArchitecture(model, file, ModelMapper.map(keras, source), problems);
    }
    return file.format().keras3() ? keras3WeightsOnly(model, file, problems) : keras2WeightsOnly(model, file, problems);
  }

  private static List<LayerPair> withArchitecture(Model model, KerasFile file, MappedModel mapped,
      List<String> problems) {
    if (!Arrays.equals(model.inputShape(), mapped.input().dims())) {
      problems.add("the Keras model reads " + mapped.input().describe() + " images, network " + model.name()
          + " reads " + describe(model.inputShape()));
    }
    List<Layer> layers = model.layers();
    if (layers.size() != mapped.layers().size()) {
      throw WeightProblems.fail(file, model, List.of("the Keras model has " + mapped.layers().size() + " layers besides"
          + " its input, network " + model.name() + " has " + layers.size() + ": Keras "
          + mapped.layers().stream().map(p -> p.layer().keras().describe()).collect(Collectors.joining(", "))
          + "; Lamina " + layers.stream().map(l -> l.name() + " (" + l.type() + ")").collect(Collectors.joining(", "))));
    }
    List<String> classes = new ArrayList<>();
    for (PlacedLayer p : mapped.layers()) {
      classes.add(p.layer().keras().className());
    }
    List<String> groups = Keras3Names.groups(classes);
    List<LayerPair> pairs = new ArrayList<>();
    for (int i = 0; i < layers.size(); i++) {
      KerasLayer keras = mapped.layers().get(i).layer().keras();
      String key = file.format().keras3() ? groups.get(i) : keras.name();
      pairs.add(new LayerPair(layers.get(i), keras.describe(), Optional.of(mapped.layers().get(i).layer()),
          file.weights().layer(key)));
    }
    return pairs;
  }

  private static List<LayerPair> keras2WeightsOnly(Model model, KerasFile file, List<String> problems) {
    List<LayerWeights> keras = file.weights().withTensors();
    List<Layer> lamina = withParameters(model);
    if (keras.size() != lamina.size()) {
      throw WeightProblems.fail(file, model, List.of("the file holds the weights of " + keras.size() + " layers ("
          + keras.stream().map(LayerWeights::key).collect(Collectors.joining(", ")) + "), network " + model.name()
          + " has " + lamina.size() + " layers with parameters (" + names(lamina) + ")"));
    }
    List<LayerPair> pairs = new ArrayList<>();
    for (int i = 0; i < lamina.size(); i++) {
      pairs.add(new LayerPair(lamina.get(i), keras.get(i).key(), Optional.empty(), Optional.of(keras.get(i))));
    }
    return pairs;
  }

  private static List<LayerPair> keras3WeightsOnly(Model model, KerasFile file, List<String> problems) {
    List<Layer> layers = model.layers();
    List<String> groups = Keras3Names.groups(layers.stream().map(Layer::type).toList());
    List<LayerPair> pairs = new ArrayList<>();
    Set<String> used = new HashSet<>();
    for (int i = 0; i < layers.size(); i++) {
      if (layers.get(i).parameters().isEmpty()) {
        continue;
      }
      used.add(groups.get(i));
      pairs.add(new LayerPair(layers.get(i), "layers/" + groups.get(i), Optional.empty(),
          file.weights().layer(groups.get(i))));
    }
    for (LayerWeights w : file.weights().withTensors()) {
      if (!used.contains(w.key())) {
        problems.add("Keras layer group layers/" + w.key() + " holds " + w.tensors().size() + " weight(s) that no layer"
            + " of network " + model.name() + " takes (Keras 3 names groups by class: the network has no "
            + w.key() + ")");
      }
    }
    return pairs;
  }

  private static List<Layer> withParameters(Model model) {
    return model.layers().stream().filter(l -> !l.parameters().isEmpty()).toList();
  }

  private static String names(List<Layer> layers) {
    return layers.stream().map(Layer::name).collect(Collectors.joining(", "));
  }

  private static String describe(int[] dims) {
    return Arrays.stream(dims).mapToObj(Integer::toString).collect(Collectors.joining("x"));
  }
}
