package dev.lamina.onnx;

import dev.lamina.runtime.layer.DenseLayer;
import dev.lamina.runtime.layer.Layer;
import dev.lamina.runtime.layer.config.DenseConfig;
import java.util.ArrayList;
import java.util.List;

/** {@code Dense} as {@code Gemm} (kernel {@code [in, units]} as is, {@code y = x W + b}), then the activation. */
final class DenseExport implements LayerExport {
  @Override
  public GraphTensor export(Layer layer, List<GraphTensor> inputs, GraphBuilder graph) {
    DenseLayer dense = (DenseLayer) layer;
    DenseConfig config = dense.config();
    GraphTensor x = inputs.get(0);
    if (x.layout() != Layout.FLAT) {
      throw new IllegalArgumentException(layer.name() + " (Dense) needs a flat input, but " + x.name()
          + " is spatial");
    }
    long[] k = dense.kernel().shape();
    List<String> in = new ArrayList<>(List.of(x.name(),
        graph.initializer(layer.name() + "/kernel", dense.kernel(), k[0], k[1])));
    dense.bias().ifPresent(b -> in.add(graph.initializer(layer.name() + "/bias", b, b.length())));
    String y = graph.node("Gemm", layer.name(), in);
    y = Activations.apply(config.activation(), y, Layout.FLAT, layer.name(), graph);
    return new GraphTensor(y, Layout.FLAT, layer.outputShape());
  }
}
