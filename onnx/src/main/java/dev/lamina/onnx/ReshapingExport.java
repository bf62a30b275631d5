package dev.lamina.onnx;

import dev.lamina.runtime.kernel.Interpolation;
import dev.lamina.runtime.kernel.Margins2D;
import dev.lamina.runtime.layer.Layer;
import dev.lamina.runtime.layer.config.Cropping2DConfig;
import dev.lamina.runtime.layer.config.UpSampling2DConfig;
import dev.lamina.runtime.layer.config.ZeroPadding2DConfig;
import java.util.List;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The reshaping layers on NCHW tensors: {@code ZeroPadding2D} as {@code Pad} (constant 0),
 * {@code Cropping2D} as {@code Slice} on axes 2 and 3, {@code UpSampling2D} as {@code Resize} with
 * scales {@code [1, 1, sh, sw]}: nearest as {@code asymmetric} coordinates with {@code floor}
 * ({@code y[i] = x[floor(i / s)]}, Keras's repeat), bilinear as {@code linear} with {@code half_pixel}
 * coordinates (TensorFlow's {@code half_pixel_centers=True}, which Keras 3 uses; see docs/graph-kernels.md).
 */
final class ReshapingExport implements LayerExport {
  @Override
  public GraphTensor export(Layer layer, List<GraphTensor> inputs, GraphBuilder graph) {
    GraphTensor x = Spatial.require(inputs.get(0), layer);
    String y;
    if (layer.config() instanceof ZeroPadding2DConfig c) {
      Margins2D m = c.padding();
      String pads = graph.int64s(layer.name() + "/pads", 0, 0, m.top(), m.left(), 0, 0, m.bottom(), m.right());
      y = graph.node("Pad", layer.name(), List.of(x.name(), pads));
    } else if (layer.config() instanceof Cropping2DConfig c) {
      Margins2D m = c.cropping();
      String starts = graph.int64s(layer.name() + "/starts", m.top(), m.left());
      String ends = graph.int64s(layer.name() + "/ends", x.height() - m.bottom(), x.width() - m.right());
      String axes = graph.int64s(layer.name() + "/axes", 2, 3);
      y = graph.node("Slice", layer.name(), List.of(x.name(), starts, ends, axes));
    } else {
      UpSampling2DConfig c = (UpSampling2DConfig) layer.config();
      String scales = graph.initializer(layer.name() + "/scales",
          Nd4j.createFromArray(1f, 1f, (float) c.sizeHeight(), (float) c.sizeWidth()), 4);
      boolean nearest = c.interpolation() == Interpolation.NEAREST;
      y = nearest
          ? graph.node("Resize", layer.name(), List.of(x.name(), "", scales), GraphBuilder.text("mode", "nearest"),
              GraphBuilder.text("coordinate_transformation_mode", "asymmetric"),
              GraphBuilder.text("nearest_mode", "floor"))
          : graph.node("Resize", layer.name(), List.of(x.name(), "", scales), GraphBuilder.text("mode", "linear"),
              GraphBuilder.text("coordinate_transformation_mode", "half_pixel"));
    }
    return new GraphTensor(y, Layout.NCHW, layer.outputShape());
  }
}
