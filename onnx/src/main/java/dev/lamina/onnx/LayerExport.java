package dev.lamina.onnx;

import dev.lamina.runtime.layer.Layer;
import java.util.List;

/** How one layer kind becomes ONNX nodes: one small implementation per kind ({@link LayerExports}). */
interface LayerExport {
  /**
   * Adds the layer's nodes and weights to the graph.
   *
   * @param layer the layer's handle (configuration and weights)
   * @param inputs the tensors it reads, in {@link Layer#inputs()} order (the graph's input for the first)
   * @return the layer's output tensor
   */
  GraphTensor export(Layer layer, List<GraphTensor> inputs, GraphBuilder graph);
}
