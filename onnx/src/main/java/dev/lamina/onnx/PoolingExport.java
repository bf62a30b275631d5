package dev.lamina.onnx;

import dev.lamina.runtime.kernel.PoolMode;
import dev.lamina.runtime.layer.Layer;
import dev.lamina.runtime.layer.config.PoolingConfig;
import java.util.List;

/**
 * {@code MaxPooling2D} and {@code AveragePooling2D} as {@code MaxPool} and {@code AveragePool}: floor
 * output sizes, explicit SAME pads, and (ONNX's default) padded cells left out of averages, as in Keras.
 */
final class PoolingExport implements LayerExport {
  @Override
  public GraphTensor export(Layer layer, List<GraphTensor> inputs, GraphBuilder graph) {
    PoolingConfig config = (PoolingConfig) layer.config();
    GraphTensor x = Spatial.require(inputs.get(0), layer);
    String y = graph.node(config.mode() == PoolMode.MAX ? "MaxPool" : "AveragePool", layer.name(),
        List.of(x.name()),
        GraphBuilder.ints("kernel_shape", Windows.kernel(config.window())),
        GraphBuilder.ints("strides", Windows.strides(config.window())),
        GraphBuilder.ints("pads", Windows.pads(config.window(), x.height(), x.width())));
    return new GraphTensor(y, Layout.NCHW, layer.outputShape());
  }
}
