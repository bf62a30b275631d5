package dev.lamina.onnx;

import dev.lamina.runtime.layer.Conv2DLayer;
import dev.lamina.runtime.layer.Layer;
import dev.lamina.runtime.layer.config.Conv2DConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code Conv2D} as {@code Conv} (kernel {@code [kH, kW, C, F]} stored as ONNX's {@code [F, C, kH, kW]}),
 * then the activation.
 */
final class Conv2DExport implements LayerExport {
  @Override
  public GraphTensor export(Layer layer, List<GraphTensor> inputs, GraphBuilder graph) {
    Conv2DLayer conv = (Conv2DLayer) layer;
    Conv2DConfig config = conv.config();
    GraphTensor x = Spatial.require(inputs.get(0), layer);
    long[] k = conv.kernel().shape();
    List<String> in = new ArrayList<>(List.of(x.name(),
        graph.initializer(layer.name() + "/kernel", conv.kernel().permute(3, 2, 0, 1), k[3], k[2], k[0], k[1])));
    conv.bias().ifPresent(b -> in.add(graph.initializer(layer.name() + "/bias", b, b.length())));
    String y = graph.node("Conv", layer.name(), in, Spatial.convAttributes(config.window(), x, 1));
    y = Activations.apply(config.activation(), y, Layout.NCHW, layer.name(), graph);
    return new GraphTensor(y, Layout.NCHW, layer.outputShape());
  }

}
