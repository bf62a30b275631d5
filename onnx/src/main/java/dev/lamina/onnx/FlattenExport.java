package dev.lamina.onnx;

import dev.lamina.runtime.layer.Layer;
import java.util.List;

/**
 * {@code Flatten}: Lamina flattens NHWC in C order, so an NCHW tensor is transposed back to NHWC first,
 * and the next Dense kernel reads the features in Lamina's order.
 */
final class FlattenExport implements LayerExport {
  @Override
  public GraphTensor export(Layer layer, List<GraphTensor> inputs, GraphBuilder graph) {
    GraphTensor x = inputs.get(0);
    String in = x.layout() == Layout.NCHW
        ? graph.node("Transpose", layer.name(), List.of(x.name()), GraphBuilder.ints("perm", 0, 2, 3, 1))
        : x.name();
    String y = graph.node("Flatten", layer.name(), List.of(in), GraphBuilder.integer("axis", 1));
    return new GraphTensor(y, Layout.FLAT, layer.outputShape());
  }
}
