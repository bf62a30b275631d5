package dev.lamina.onnx;

import dev.lamina.runtime.layer.DepthwiseConv2DLayer;
import dev.lamina.runtime.layer.Layer;
import dev.lamina.runtime.layer.config.DepthwiseConv2DConfig;
import java.util.List;

/** {@code DepthwiseConv2D} as a grouped {@code Conv} (one group per input channel), then the activation. */
final class DepthwiseConv2DExport implements LayerExport {
  @Override
  public GraphTensor export(Layer layer, List<GraphTensor> inputs, GraphBuilder graph) {
    DepthwiseConv2DLayer depthwise = (DepthwiseConv2DLayer) layer;
    DepthwiseConv2DConfig config = depthwise.config();
    GraphTensor x = Spatial.require(inputs.get(0), layer);
    String y = Spatial.depthwise(layer, "depthwise_kernel", depthwise.depthwiseKernel(),
        depthwise.bias().orElse(null), config.window(), x, graph);
    y = Activations.apply(config.activation(), y, Layout.NCHW, layer.name(), graph);
    return new GraphTensor(y, Layout.NCHW, layer.outputShape());
  }
}
