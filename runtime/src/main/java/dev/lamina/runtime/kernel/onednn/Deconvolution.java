package dev.lamina.runtime.kernel.onednn;

import org.bytedeco.dnnl.deconvolution_backward_data;
import org.bytedeco.dnnl.deconvolution_backward_weights;
import org.bytedeco.dnnl.deconvolution_forward;
import org.bytedeco.dnnl.global.dnnl.algorithm;
import org.bytedeco.dnnl.global.dnnl.prop_kind;
import org.bytedeco.dnnl.memory;
import org.bytedeco.dnnl.primitive_attr;
import org.bytedeco.dnnl.primitive_desc;

/** Transposed convolutions (oneDNN's deconvolution) with a fixed {@link Geometry}. */
record Deconvolution(Geometry geometry) implements PrimitiveFactory {

  @Override
  public primitive_desc forward(memory.desc src, memory.desc weights, memory.desc bias, memory.desc dst,
      primitive_attr attr) {
    Geometry g = geometry;
    deconvolution_forward.desc desc = bias == null
        ? new deconvolution_forward.desc(prop_kind.forward_training, algorithm.deconvolution_direct, src, weights,
            dst, g.strides(), g.dilates(), g.padLeft(), g.padRight())
        : new deconvolution_forward.desc(prop_kind.forward_training, algorithm.deconvolution_direct, src, weights,
            bias, dst, g.strides(), g.dilates(), g.padLeft(), g.padRight());
    return new deconvolution_forward.primitive_desc(desc, attr, Onednn.engine());
  }

  @Override
  public primitive_desc backwardWeights(memory.desc src, memory.desc weights, memory.desc bias, memory.desc dst,
      primitive_desc forwardHint) {
    Geometry g = geometry;
    deconvolution_backward_weights.desc desc = bias == null
        ? new deconvolution_backward_weights.desc(algorithm.deconvolution_direct, src, weights, dst, g.strides(),
            g.dilates(), g.padLeft(), g.padRight())
        : new deconvolution_backward_weights.desc(algorithm.deconvolution_direct, src, weights, bias, dst,
            g.strides(), g.dilates(), g.padLeft(), g.padRight());
    return new deconvolution_backward_weights.primitive_desc(desc, Onednn.engine(),
        (deconvolution_forward.primitive_desc) forwardHint);
  }

  @Override
  public primitive_desc backwardData(memory.desc src, memory.desc weights, memory.desc dst,
      primitive_desc forwardHint) {
    Geometry g = geometry;
    return new deconvolution_backward_data.primitive_desc(new deconvolution_backward_data.desc(
        algorithm.deconvolution_direct, src, weights, dst, g.strides(), g.dilates(), g.padLeft(), g.padRight()),
        Onednn.engine(), (deconvolution_forward.primitive_desc) forwardHint);
  }
}
