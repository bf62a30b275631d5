package dev.lamina.onnx;

import dev.lamina.runtime.layer.Layer;
import dev.lamina.runtime.layer.config.MergeConfig;
import java.util.List;

/**
 * The element-wise merges: {@code Add} as {@code Sum}, {@code Subtract} as {@code Sub}, {@code Multiply}
 * as a chain of {@code Mul}, {@code Average} as {@code Mean}, {@code Maximum} as {@code Max} (ONNX's
 * variadic operators where there is one), then the declared activation. The inputs share one shape and
 * so one layout.
 */
final class MergeExport implements LayerExport {
  @Override
  public GraphTensor export(Layer layer, List<GraphTensor> inputs, GraphBuilder graph) {
    MergeConfig config = (MergeConfig) layer.config();
    List<String> names = inputs.stream().map(GraphTensor::name).toList();
    String merged = switch (config.mode()) {
      case ADD -> graph.node("Sum", layer.name(), names);
      case SUBTRACT -> graph.node("Sub", layer.name(), names);
      case AVERAGE -> graph.node("Mean", layer.name(), names);
      case MAXIMUM -> graph.node("Max", layer.name(), names);
      case MULTIPLY -> {
        String product = names.get(0);
        for (int i = 1; i < names.size(); i++) {
          product = graph.node("Mul", layer.name(), List.of(product, names.get(i)));
        }
        yield product;
      }
    };
    Layout layout = inputs.get(0).layout();
    return new GraphTensor(Activations.apply(config.activation(), merged, layout, layer.name(), graph), layout,
        layer.outputShape());
  }
}
