package dev.lamina.onnx;

import dev.lamina.runtime.layer.Layer;
import dev.lamina.runtime.layer.config.ActivationConfig;
import java.util.List;

/** A standalone {@code Activation} layer; LINEAR as {@code Identity}. */
final class ActivationExport implements LayerExport {
  @Override
  public GraphTensor export(Layer layer, List<GraphTensor> inputs, GraphBuilder graph) {
    ActivationConfig config = (ActivationConfig) layer.config();
    GraphTensor x = inputs.get(0);
    String y = Activations.apply(config.activation(), x.name(), x.layout(), layer.name(), graph);
    if (y.equals(x.name())) {
      y = graph.node("Identity", layer.name(), List.of(x.name()));
    }
    return new GraphTensor(y, x.layout(), layer.outputShape());
  }
}
