package dev.lamina.keras.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.lamina.keras.KerasFormatException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a Keras model configuration ({@code model_config} of a Keras 2 HDF5 file, {@code config.json} of a
 * {@code .keras} archive) into a {@link KerasModel}: {@code Sequential} models (Keras 2's and 3's forms,
 * with or without an {@code InputLayer}) and {@code Functional} ones (Keras 2's nested-list
 * {@code inbound_nodes}, Keras 3's {@code args} with {@code keras_history}). It records what the file
 * says; whether Lamina can declare it (one input, a chain of layers) is decided when mapping.
 */
public final class KerasModels {
  private KerasModels() {}

  /**
   * @param source the file, for messages
   * @throws KerasFormatException if the text is not JSON or lacks what every Keras configuration has
   */
  public static KerasModel parse(String json, String source) throws KerasFormatException {
    JsonNode root;
    try {
      root = KerasJson.MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new KerasFormatException(source + ": the model configuration is not valid JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject() || !root.path("class_name").isTextual()) {
      throw new KerasFormatException(source + ": the model configuration has no class_name; expected a Keras"
          + " model's get_config() with its class, such as {\"class_name\": \"Sequential\", \"config\": {...}}");
    }
    String className = root.get("class_name").asText();
    JsonNode config = root.path("config");
    return switch (className) {
      case "Sequential" -> sequential(root, config, source);
      case "Functional", "Model" -> functional(className, config, source);
      default -> throw new KerasFormatException(source + ": the model's class is " + className
          + "; Lamina reads Sequential and Functional models (a subclassed model saves no architecture it can read)");
    };
  }

  private static KerasModel sequential(JsonNode root, JsonNode config, String source) throws KerasFormatException {
    JsonNode layerList = config.isArray() ? config : config.path("layers");
    if (!layerList.isArray()) {
      throw new KerasFormatException(source + ": the Sequential model's configuration has no layers list");
    }
    String name = config.path("name").asText("sequential");
    List<KerasLayer> layers = new ArrayList<>();
    List<Integer> inputShape = List.of();
    String inputName = "input";
    String previous = null;
    for (JsonNode entry : layerList) {
      String cls = text(entry, "class_name", source, "a layer of the Sequential model");
      JsonNode layerConfig = entry.path("config");
      String layerName = layerName(entry, source);
      if (cls.equals("InputLayer") && layers.isEmpty() && previous == null) {
        inputShape = batchShape(layerConfig);
        inputName = layerName;
        previous = layerName;
        continue;
      }
      if (layers.isEmpty() && previous == null && inputShape.isEmpty()) {
        inputShape = batchShape(layerConfig);
      }
      layers.add(new KerasLayer(layerName, cls, layerConfig, List.of(previous == null ? inputName : previous)));
      previous = layerName;
    }
    if (inputShape.isEmpty()) {
      inputShape = shapeWithoutBatch(config.path("build_input_shape"));
    }
    if (inputShape.isEmpty()) {
      inputShape = shapeWithoutBatch(root.path("build_config").path("input_shape"));
    }
    List<String> outputs = layers.isEmpty() ? List.of() : List.of(layers.get(layers.size() - 1).name());
    return new KerasModel("Sequential", name, List.of(inputName), inputShape, outputs, layers);
  }

  private static KerasModel functional(String className, JsonNode config, String source) throws KerasFormatException {
    JsonNode layerList = config.path("layers");
    if (!layerList.isArray()) {
      throw new KerasFormatException(source + ": the " + className + " model's configuration has no layers list");
    }
    List<String> inputNames = endpointNames(config.path("input_layers"));
    List<String> outputNames = endpointNames(config.path("output_layers"));
    List<KerasLayer> layers = new ArrayList<>();
    List<Integer> inputShape = List.of();
    for (JsonNode entry : layerList) {
      String cls = text(entry, "class_name", source, "a layer of the " + className + " model");
      String layerName = layerName(entry, source);
      JsonNode layerConfig = entry.path("config");
      if (cls.equals("InputLayer")) {
        if (inputShape.isEmpty()) {
          inputShape = batchShape(layerConfig);
        }
        continue;
      }
      List<String> inputs = new ArrayList<>();
      collectInboundLayers(entry.path("inbound_nodes"), inputs);
      layers.add(new KerasLayer(layerName, cls, layerConfig, inputs));
    }
    return new KerasModel(className, config.path("name").asText("model"), inputNames, inputShape, outputNames, layers);
  }

  /** {@code [["input_1", 0, 0]]} (or Keras 3's {@code ["input_layer", 0, 0]} for one) -> layer names. */
  private static List<String> endpointNames(JsonNode endpoints) {
    List<String> names = new ArrayList<>();
    if (!endpoints.isArray() || endpoints.isEmpty()) {
      return names;
    }
    if (endpoints.get(0).isTextual()) {
      names.add(endpoints.get(0).asText());
      return names;
    }
    for (JsonNode endpoint : endpoints) {
      if (endpoint.isArray() && !endpoint.isEmpty() && endpoint.get(0).isTextual()) {
        names.add(endpoint.get(0).asText());
      }
    }
    return names;
  }

  /**
   * The layers named by {@code inbound_nodes}: Keras 2's {@code [[["conv2d", 0, 0, {}]]]} or Keras 3's
   * {@code [{"args": [{"config": {"keras_history": ["conv2d", 0, 0]}}]}]}, one entry per tensor read.
   */
  private static void collectInboundLayers(JsonNode node, List<String> out) {
    if (node.isObject()) {
      JsonNode history = node.get("keras_history");
      if (history != null && history.isArray() && !history.isEmpty() && history.get(0).isTextual()) {
        out.add(history.get(0).asText());
        return;
      }
      for (JsonNode child : node) {
        collectInboundLayers(child, out);
      }
    } else if (node.isArray()) {
      if (node.size() >= 3 && node.get(0).isTextual() && node.get(1).isNumber()) {
        out.add(node.get(0).asText());
        return;
      }
      for (JsonNode child : node) {
        collectInboundLayers(child, out);
      }
    }
  }

  private static String layerName(JsonNode entry, String source) throws KerasFormatException {
    JsonNode name = entry.path("name");
    if (!name.isTextual()) {
      name = entry.path("config").path("name");
    }
    if (!name.isTextual()) {
      throw new KerasFormatException(source + ": a " + entry.path("class_name").asText("layer")
          + " layer of the model configuration has no name");
    }
    return name.asText();
  }

  private static String text(JsonNode node, String key, String source, String what) throws KerasFormatException {
    JsonNode value = node.path(key);
    if (!value.isTextual()) {
      throw new KerasFormatException(source + ": " + what + " has no " + key);
    }
    return value.asText();
  }

  /** An InputLayer's or first layer's batch shape (Keras 2 {@code batch_input_shape}, Keras 3 {@code batch_shape}). */
  private static List<Integer> batchShape(JsonNode layerConfig) {
    for (String key : List.of("batch_shape", "batch_input_shape")) {
      List<Integer> shape = shapeWithoutBatch(layerConfig.path(key));
      if (!shape.isEmpty()) {
        return shape;
      }
    }
    JsonNode inputShape = layerConfig.path("input_shape");
    if (inputShape.isArray()) {
      return dims(inputShape, 0);
    }
    return List.of();
  }

  private static List<Integer> shapeWithoutBatch(JsonNode shape) {
    return shape.isArray() && shape.size() > 1 ? dims(shape, 1) : List.of();
  }

  private static List<Integer> dims(JsonNode shape, int from) {
    List<Integer> dims = new ArrayList<>();
    for (int i = from; i < shape.size(); i++) {
      dims.add(shape.get(i).isInt() ? shape.get(i).asInt() : null);
    }
    return dims;
  }
}
