package dev.lamina.onnx;

import dev.lamina.dsl.Padding;
import dev.lamina.runtime.kernel.Window2D;
import dev.lamina.runtime.layer.Conv2DTransposeLayer;
import dev.lamina.runtime.layer.Layer;
import dev.lamina.runtime.layer.config.Conv2DTransposeConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code Conv2DTranspose} as {@code ConvTranspose} (kernel {@code [kH, kW, F, C]} stored as ONNX's
 * {@code [C, F, kH, kW]}), then the activation. Keras's output size, per axis with effective kernel
 * {@code k = (kernel - 1) * dilation + 1}: SAME {@code in * s}, VALID {@code in * s + max(k - s, 0)}
 * (keras.src.utils.conv_utils.deconv_output_length). ONNX's is {@code s * (in - 1) + outputPadding + k -
 * padBegin - padEnd}: SAME crops {@code k - s} (the smaller half at the start, as TensorFlow's
 * {@code conv2d_transpose}), and where {@code k < s} both add {@code s - k} of output padding at the end.
 */
final class Conv2DTransposeExport implements LayerExport {
  @Override
  public GraphTensor export(Layer layer, List<GraphTensor> inputs, GraphBuilder graph) {
    Conv2DTransposeLayer transpose = (Conv2DTransposeLayer) layer;
    Conv2DTransposeConfig config = transpose.config();
    GraphTensor x = Spatial.require(inputs.get(0), layer);
    Window2D w = config.window();
    long[] k = transpose.kernel().shape();
    List<String> in = new ArrayList<>(List.of(x.name(), graph.initializer(layer.name() + "/kernel",
        transpose.kernel().permute(3, 2, 0, 1), k[3], k[2], k[0], k[1])));
    transpose.bias().ifPresent(b -> in.add(graph.initializer(layer.name() + "/bias", b, b.length())));
    long kh = (long) (w.height() - 1) * w.dilationHeight() + 1;
    long kw = (long) (w.width() - 1) * w.dilationWidth() + 1;
    long cropH = w.padding() == Padding.SAME ? Math.max(kh - w.strideHeight(), 0) : 0;
    long cropW = w.padding() == Padding.SAME ? Math.max(kw - w.strideWidth(), 0) : 0;
    String y = graph.node("ConvTranspose", layer.name(), in,
        GraphBuilder.ints("kernel_shape", Windows.kernel(w)),
        GraphBuilder.ints("strides", Windows.strides(w)),
        GraphBuilder.ints("dilations", Windows.dilations(w)),
        GraphBuilder.ints("pads", cropH / 2, cropW / 2, cropH - cropH / 2, cropW - cropW / 2),
        GraphBuilder.ints("output_padding", Math.max(w.strideHeight() - kh, 0), Math.max(w.strideWidth() - kw, 0)));
    y = Activations.apply(config.activation(), y, Layout.NCHW, layer.name(), graph);
    return new GraphTensor(y, Layout.NCHW, layer.outputShape());
  }
}
