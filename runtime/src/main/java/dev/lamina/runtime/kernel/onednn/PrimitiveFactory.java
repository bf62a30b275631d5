package dev.lamina.runtime.kernel.onednn;

import org.bytedeco.dnnl.memory;
import org.bytedeco.dnnl.primitive_attr;
import org.bytedeco.dnnl.primitive_desc;

/**
 * Creates the three primitive descriptors of a layer with weights (convolution, deconvolution, inner
 * product) for given tensor descriptors; its geometry (strides, dilation, padding) is fixed.
 */
interface PrimitiveFactory {
  /** The forward pass with {@code attr}'s post-ops; {@code bias} is null without a bias. */
  primitive_desc forward(memory.desc src, memory.desc weights, memory.desc bias, memory.desc dst,
      primitive_attr attr);

  /** The gradients of weights (and bias, when not null). */
  primitive_desc backwardWeights(memory.desc src, memory.desc weights, memory.desc bias, memory.desc dst,
      primitive_desc forwardHint);

  /** The gradient of the input. */
  primitive_desc backwardData(memory.desc src, memory.desc weights, memory.desc dst, primitive_desc forwardHint);
}
