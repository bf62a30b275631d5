package dev.lamina.keras.mapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.lamina.dsl.ActivationFunction;
import dev.lamina.dsl.Initializer;
import dev.lamina.dsl.Padding;
import dev.lamina.keras.KerasFormatException;
import dev.lamina.keras.UnsupportedKerasModelException;
import dev.lamina.keras.config.KerasJson;
import dev.lamina.keras.config.KerasLayer;
import dev.lamina.runtime.kernel.Window2D;
import dev.lamina.runtime.layer.config.LayerConfig;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One Keras layer being mapped: reads its settings with Keras's defaults, and makes the errors that
 * name the file, the layer, its class and the setting. Collects the notes and initializers of the
 * {@link MappedLayer} it {@linkplain #mapped builds}.
 */
public final class LayerSettings {
  private final String source;
  private final KerasLayer layer;
  private final TensorShape input;
  private final List<String> notes = new ArrayList<>();
  private final Map<String, Initializer> initializers = new LinkedHashMap<>();

  /**
   * @param source the file, for messages
   * @param layer the Keras layer
   * @param input the shape the layer reads
   */
  public LayerSettings(String source, KerasLayer layer, TensorShape input) {
    this.source = source;
    this.layer = layer;
    this.input = input;
  }

  /** The Keras layer. */
  public KerasLayer layer() {
    return layer;
  }

  /** The shape the layer reads. */
  public TensorShape input() {
    return input;
  }

  /** The layer's configuration read into {@code type}, the class's typed record. */
  public <T> T read(Class<T> type) throws KerasFormatException {
    try {
      return KerasJson.MAPPER.treeToValue(layer.config(), type);
    } catch (JsonProcessingException e) {
      throw new KerasFormatException(source + ": Keras layer " + layer.describe() + " has a configuration Keras"
          + " does not write: " + e.getOriginalMessage(), e);
    }
  }

  /** The mapping's result, with the notes and initializers gathered. */
  public MappedLayer mapped(LayerConfig lamina) {
    return new MappedLayer(layer, lamina, initializers, notes);
  }

  /**
   * An error for a setting Lamina lacks: {@code <file>: Keras layer conv2d (Conv2D): groups=2 is not
   * supported: <why>}.
   */
  public UnsupportedKerasModelException unsupported(String setting, Object found, String why) {
    return new UnsupportedKerasModelException(source + ": Keras layer " + layer.describe() + ": " + setting + "="
        + found + " is not supported: " + why);
  }

  /** An error for a configuration Keras would not write: {@code <file>: Keras layer d (Dropout) has <what>}. */
  public KerasFormatException malformed(String what) {
    return new KerasFormatException(source + ": Keras layer " + layer.describe() + " has " + what);
  }

  /** An error for a required setting that is absent or not positive. */
  public int positive(String key, Integer value) throws KerasFormatException {
    if (value == null || value <= 0) {
      throw new KerasFormatException(source + ": Keras layer " + layer.describe() + " has "
          + (value == null ? "no " + key : key + "=" + value) + "; expected a positive " + key);
    }
    return value;
  }

  /** A {@code (height, width)} setting: Keras writes a list of two, or one number for both. */
  public int[] pair(String key, int[] value, int defaultValue) throws KerasFormatException {
    if (value == null) {
      if (defaultValue <= 0) {
        throw new KerasFormatException(source + ": Keras layer " + layer.describe() + " has no " + key);
      }
      return new int[] {defaultValue, defaultValue};
    }
    int[] pair = value.length == 1 ? new int[] {value[0], value[0]} : value;
    if (pair.length != 2 || pair[0] <= 0 || pair[1] <= 0) {
      throw new KerasFormatException(source + ": Keras layer " + layer.describe() + " has " + key + "="
          + Arrays.toString(value) + "; expected two positive numbers (height, width)");
    }
    return pair;
  }

  /** {@code "valid"} or {@code "same"} (Keras's default: valid). */
  public Padding padding(String value) {
    if (value == null || value.equalsIgnoreCase("valid")) {
      return Padding.VALID;
    }
    if (value.equalsIgnoreCase("same")) {
      return Padding.SAME;
    }
    throw unsupported("padding", quoted(value), "Lamina pads \"valid\" or \"same\" (Padding.VALID, Padding.SAME)");
  }

  /** Checks that the layer reads NHWC tensors: {@code data_format} absent or {@code channels_last}. */
  public void channelsLast(String dataFormat) {
    if (dataFormat != null && !dataFormat.equals("channels_last")) {
      throw unsupported("data_format", quoted(dataFormat), "Lamina's tensors are NHWC (channels_last); save the"
          + " model from Keras with data_format=\"channels_last\"");
    }
  }

  /** A window: kernel or pool size, strides, dilation and padding. Strides above 1 with dilation is refused. */
  public Window2D window(int[] size, int[] strides, int[] dilation, Padding padding) {
    boolean dilated = dilation[0] > 1 || dilation[1] > 1;
    if (dilated && (strides[0] > 1 || strides[1] > 1)) {
      throw unsupported("strides", Arrays.toString(strides), "with dilation_rate=" + Arrays.toString(dilation)
          + " Lamina (as TensorFlow) needs strides of 1");
    }
    return new Window2D(size[0], size[1], strides[0], strides[1], dilation[0], dilation[1], padding);
  }

  /** The {@code activation} setting: a name such as {@code "relu"} (absent: linear). */
  public ActivationFunction activation(JsonNode value) {
    return Activations.of(value, this);
  }

  /**
   * Declares an initializer where Keras's is one Lamina has and differs from the annotation's
   * default; notes it otherwise (it does not matter for imported weights).
   *
   * @param key Keras's key ({@code kernel_initializer})
   * @param attribute the annotation attribute ({@code kernelInitializer})
   * @param annotationDefault the attribute's default
   */
  public void initializer(String key, JsonNode value, String attribute, Initializer annotationDefault) {
    if (!KerasJson.present(value)) {
      return;
    }
    Initializer init = Initializers.of(value);
    if (init == null) {
      notes.add(key + " " + describe(value) + ": Lamina has no such initializer, so " + attribute + " keeps "
          + annotationDefault + " (it matters only when training starts from scratch)");
    } else if (init != annotationDefault) {
      initializers.put(attribute, init);
    }
  }

  /** Notes a setting that affects training only (a regularizer, a constraint) and is not declared. */
  public void trainingOnly(String key, JsonNode value) {
    if (KerasJson.present(value)) {
      notes.add(key + " " + describe(value) + ": Lamina has no " + kind(key)
          + " (they affect training only; the weights load as they are)");
    }
  }

  /** Adds a note. */
  public void note(String text) {
    notes.add(text);
  }

  private static String kind(String key) {
    return key.endsWith("constraint") ? "weight constraints" : "regularizers";
  }

  /** {@code L2(l2=0.01)} for {@code {"class_name": "L2", "config": {"l2": 0.01}}}; other values as JSON. */
  static String describe(JsonNode value) {
    if (value.isObject() && value.path("class_name").isTextual()) {
      StringBuilder sb = new StringBuilder(value.get("class_name").asText()).append('(');
      JsonNode config = value.path("config");
      boolean first = true;
      for (Map.Entry<String, JsonNode> e : config.properties()) {
        if (e.getValue().isNull()) {
          continue;
        }
        sb.append(first ? "" : ", ").append(e.getKey()).append('=').append(e.getValue());
        first = false;
      }
      return sb.append(')').toString();
    }
    return value.toString();
  }

  static String quoted(String value) {
    return "\"" + value + "\"";
  }
}
