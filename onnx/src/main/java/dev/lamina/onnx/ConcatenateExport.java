package dev.lamina.onnx;

import dev.lamina.runtime.layer.Layer;
import dev.lamina.runtime.layer.config.ConcatenateConfig;
import java.util.List;

/**
 * {@code Concatenate(axis=-1)} as {@code Concat} on the channel axis of the graph's layout (axis 1 for
 * NCHW and for flat tensors alike), then the declared activation.
 */
final class ConcatenateExport implements LayerExport {
  @Override
  public GraphTensor export(Layer layer, List<GraphTensor> inputs, GraphBuilder graph) {
    ConcatenateConfig config = (ConcatenateConfig) layer.config();
    Layout layout = inputs.get(0).layout();
    String joined = graph.node("Concat", layer.name(), inputs.stream().map(GraphTensor::name).toList(),
        GraphBuilder.integer("axis", layout.channelAxis()));
    return new GraphTensor(Activations.apply(config.activation(), joined, layout, layer.name(), graph), layout,
        layer.outputShape());
  }
}
