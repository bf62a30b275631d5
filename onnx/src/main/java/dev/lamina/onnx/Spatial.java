package dev.lamina.onnx;

import dev.lamina.onnx.proto.OnnxProto.AttributeProto;
import dev.lamina.runtime.kernel.Window2D;
import dev.lamina.runtime.layer.Layer;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;

/** What the convolution and pooling exports share: the NCHW check, window attributes, the depthwise step. */
final class Spatial {
  private Spatial() {}

  /** @throws IllegalArgumentException if {@code x} is not a spatial (NCHW) tensor */
  static GraphTensor require(GraphTensor x, Layer layer) {
    if (x.layout() != Layout.NCHW) {
      throw new IllegalArgumentException(layer.name() + " (" + layer.type() + ") needs a spatial input, but "
          + x.name() + " is flat");
    }
    return x;
  }

  /** {@code kernel_shape}, {@code strides}, {@code dilations}, {@code pads} and {@code group}. */
  static AttributeProto[] convAttributes(Window2D window, GraphTensor x, long group) {
    return new AttributeProto[] {
        GraphBuilder.ints("kernel_shape", Windows.kernel(window)),
        GraphBuilder.ints("strides", Windows.strides(window)),
        GraphBuilder.ints("dilations", Windows.dilations(window)),
        GraphBuilder.ints("pads", Windows.pads(window, x.height(), x.width())),
        GraphBuilder.integer("group", group)};
  }

  /**
   * A depthwise convolution as a grouped {@code Conv} with one group per input channel: Keras's kernel
   * {@code [kH, kW, C, M]} becomes {@code [C * M, 1, kH, kW]}, output channel {@code c * M + m} reading
   * input channel {@code c}, as in TensorFlow.
   *
   * @param bias the bias {@code [C * M]}, or null
   * @return the output's name (before any activation)
   */
  static String depthwise(Layer layer, String weightName, INDArray kernel, INDArray bias, Window2D window,
      GraphTensor x, GraphBuilder graph) {
    long[] k = kernel.shape();
    long channels = k[2] * k[3];
    INDArray w = kernel.dup('c').reshape('c', k[0], k[1], channels).permute(2, 0, 1);
    List<String> in = new java.util.ArrayList<>(List.of(x.name(),
        graph.initializer(layer.name() + "/" + weightName, w, channels, 1, k[0], k[1])));
    if (bias != null) {
      in.add(graph.initializer(layer.name() + "/bias", bias, bias.length()));
    }
    return graph.node("Conv", layer.name(), in, convAttributes(window, x, k[2]));
  }
}
