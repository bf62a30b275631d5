package dev.lamina.onnx;

import dev.lamina.runtime.kernel.PoolMode;
import dev.lamina.runtime.layer.Layer;
import dev.lamina.runtime.layer.config.GlobalPoolingConfig;
import java.util.List;

/** {@code GlobalMaxPooling2D} and {@code GlobalAveragePooling2D}: the global pool, then {@code Flatten} to {@code [N, C]}. */
final class GlobalPoolingExport implements LayerExport {
  @Override
  public GraphTensor export(Layer layer, List<GraphTensor> inputs, GraphBuilder graph) {
    GlobalPoolingConfig config = (GlobalPoolingConfig) layer.config();
    GraphTensor x = Spatial.require(inputs.get(0), layer);
    String pooled = graph.node(config.mode() == PoolMode.MAX ? "GlobalMaxPool" : "GlobalAveragePool", layer.name(),
        List.of(x.name()));
    String y = graph.node("Flatten", layer.name(), List.of(pooled), GraphBuilder.integer("axis", 1));
    return new GraphTensor(y, Layout.FLAT, layer.outputShape());
  }
}
