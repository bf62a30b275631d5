package dev.lamina.onnx;

import dev.lamina.runtime.layer.Layer;
import dev.lamina.runtime.layer.SeparableConv2DLayer;
import dev.lamina.runtime.layer.config.SeparableConv2DConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code SeparableConv2D} as a grouped {@code Conv} (the depthwise step, without bias) and a 1x1
 * {@code Conv} (the pointwise step, kernel {@code [1, 1, C * M, F]} stored as {@code [F, C * M, 1, 1]},
 * with the bias), then the activation.
 */
final class SeparableConv2DExport implements LayerExport {
  @Override
  public GraphTensor export(Layer layer, List<GraphTensor> inputs, GraphBuilder graph) {
    SeparableConv2DLayer separable = (SeparableConv2DLayer) layer;
    SeparableConv2DConfig config = separable.config();
    GraphTensor x = Spatial.require(inputs.get(0), layer);
    String depthwise = Spatial.depthwise(layer, "depthwise_kernel", separable.depthwiseKernel(), null,
        config.window(), x, graph);
    long[] p = separable.pointwiseKernel().shape();
    List<String> in = new ArrayList<>(List.of(depthwise, graph.initializer(layer.name() + "/pointwise_kernel",
        separable.pointwiseKernel().permute(3, 2, 0, 1), p[3], p[2], 1, 1)));
    separable.bias().ifPresent(b -> in.add(graph.initializer(layer.name() + "/bias", b, b.length())));
    String y = graph.node("Conv", layer.name(), in, GraphBuilder.ints("kernel_shape", 1, 1));
    y = Activations.apply(config.activation(), y, Layout.NCHW, layer.name(), graph);
    return new GraphTensor(y, Layout.NCHW, layer.outputShape());
  }
}
