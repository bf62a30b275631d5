package dev.lamina.keras.mapping;

import dev.lamina.dsl.ActivationFunction;
import dev.lamina.keras.KerasFormatException;
import dev.lamina.keras.UnsupportedKerasModelException;
import dev.lamina.keras.config.KerasLayer;
import dev.lamina.keras.config.KerasModel;
import dev.lamina.runtime.layer.config.ActivationConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Maps a whole Keras model: one image input of a fixed size, layers that form a chain (each reads the
 * one before), each layer through its class's {@link LayerMapper}, shapes threaded through.
 */
public final class ModelMapper {
  private ModelMapper() {}

  /**
   * @param source the file, for messages
   * @throws UnsupportedKerasModelException if the model has more than one input or output, an input that
   *     is not a fixed-size image, layers that branch or merge, or a layer or setting Lamina lacks; the
   *     message names the file and the layer
   * @throws KerasFormatException if a layer's configuration is not what Keras writes
   */
  public static MappedModel map(KerasModel model, String source) throws KerasFormatException {
    if (model.inputNames().size() != 1) {
      throw new UnsupportedKerasModelException(source + ": the Keras model " + model.name() + " has "
          + model.inputNames().size() + " inputs " + model.inputNames() + "; Lamina networks take one input");
    }
    TensorShape input = inputShape(model, source);
    List<PlacedLayer> placed = new ArrayList<>();
    String previous = model.inputNames().get(0);
    TensorShape shape = input;
    for (KerasLayer layer : model.layers()) {
      LayerMapper mapper = LayerMappers.forClass(layer.className()).orElseThrow(() ->
          new UnsupportedKerasModelException(source + ": Keras layer " + layer.describe() + ": the class "
              + layer.className() + " is not supported: " + LayerMappers.whyUnsupported(layer.className())));
      if (!layer.inputs().equals(List.of(previous))) {
        throw new UnsupportedKerasModelException(source + ": Keras layer " + layer.describe() + " reads "
            + (layer.inputs().isEmpty() ? "nothing" : String.join(", ", layer.inputs())) + ", not only the layer before"
            + " it (" + previous + "): Lamina networks are a chain of layers, each reading the one before");
      }
      MappedLayer mapped = mapper.map(new LayerSettings(source, layer, shape));
      if (ShapeTracker.spatialOnly(mapped.lamina()) && !shape.isSpatial()) {
        throw new UnsupportedKerasModelException(source + ": Keras layer " + layer.describe() + " reads the flat "
            + shape.describe() + " output of " + previous + "; Lamina's " + layer.className()
            + " reads images [height, width, channels] (nothing spatial after Flatten or Dense)");
      }
      TensorShape out = ShapeTracker.output(mapped.lamina(), shape);
      if (out == null) {
        throw new UnsupportedKerasModelException(source + ": Keras layer " + layer.describe() + ": its window does"
            + " not fit its " + shape.describe() + " input");
      }
      placed.add(new PlacedLayer(mapped, shape, out, Optional.empty()));
      previous = layer.name();
      shape = out;
    }
    if (placed.isEmpty()) {
      throw new UnsupportedKerasModelException(source + ": the Keras model " + model.name() + " has no layers");
    }
    if (!model.outputNames().equals(List.of(previous))) {
      throw new UnsupportedKerasModelException(source + ": the Keras model " + model.name() + " outputs "
          + model.outputNames() + "; Lamina networks output their last layer (" + previous + ") only");
    }
    return new MappedModel(model, input, withWarnings(placed));
  }

  private static TensorShape inputShape(KerasModel model, String source) {
    List<Integer> dims = model.inputShape();
    boolean fixedImage = dims.size() == 3 && dims.stream().allMatch(d -> d != null && d > 0);
    if (!fixedImage) {
      String shape = dims.isEmpty() ? "not recorded" : "(None, " + String.join(", ",
          dims.stream().map(d -> d == null ? "None" : d.toString()).toList()) + ")";
      throw new UnsupportedKerasModelException(source + ": the input " + model.inputNames().get(0) + " of the Keras model "
          + model.name() + " has the shape " + shape + "; Lamina networks take images (None, height, width, channels)"
          + " of a fixed size: declare the model in Keras with Input(shape=(height, width, channels))");
    }
    return TensorShape.spatial(dims.get(0), dims.get(1), dims.get(2));
  }

  /** {@code 1 row}, {@code 2 columns}, {@code 1 row and 1 column}. */
  private static String lines(int[] dropped) {
    String rows = dropped[0] + (dropped[0] == 1 ? " row" : " rows");
    String cols = dropped[1] + (dropped[1] == 1 ? " column" : " columns");
    return dropped[0] == 0 ? cols : dropped[1] == 0 ? rows : rows + " and " + cols;
  }

  /** Marks the layers Lamina's compiler warns about, as the generated interface must suppress them. */
  private static List<PlacedLayer> withWarnings(List<PlacedLayer> placed) {
    List<PlacedLayer> out = new ArrayList<>();
    for (int i = 0; i < placed.size(); i++) {
      PlacedLayer p = placed.get(i);
      int[] dropped = ShapeTracker.dropped(p.layer().lamina(), p.input());
      String warning = null;
      if (dropped[0] > 0 || dropped[1] > 0) {
        warning = "its VALID window never reads the last " + lines(dropped) + " of its " + p.input().describe()
            + " input, as in Keras";
      } else if (i < placed.size() - 1 && ShapeTracker.activation(p.layer().lamina()) == ActivationFunction.SOFTMAX) {
        warning = "softmax before the last layer, as in Keras";
        if (p.layer().lamina() instanceof ActivationConfig) {
          warning = "a softmax layer before the last layer, as in Keras";
        }
      }
      out.add(new PlacedLayer(p.layer(), p.input(), p.output(), Optional.ofNullable(warning)));
    }
    return out;
  }
}
