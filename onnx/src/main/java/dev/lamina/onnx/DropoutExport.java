package dev.lamina.onnx;

import dev.lamina.runtime.layer.Layer;
import java.util.List;

/** {@code Dropout} at inference: {@code Identity}. */
final class DropoutExport implements LayerExport {
  @Override
  public GraphTensor export(Layer layer, List<GraphTensor> inputs, GraphBuilder graph) {
    GraphTensor x = inputs.get(0);
    return new GraphTensor(graph.node("Identity", layer.name(), List.of(x.name())), x.layout(), layer.outputShape());
  }
}
