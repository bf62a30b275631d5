package dev.lamina.runtime.kernel.onednn;

import org.bytedeco.dnnl.global.dnnl.prop_kind;
import org.bytedeco.dnnl.inner_product_backward_data;
import org.bytedeco.dnnl.inner_product_backward_weights;
import org.bytedeco.dnnl.inner_product_forward;
import org.bytedeco.dnnl.memory;
import org.bytedeco.dnnl.primitive_attr;
import org.bytedeco.dnnl.primitive_desc;

/** Inner products (dense layers): {@code y = x · kernel + bias} on {@code [n, features]} rows. */
record InnerProduct() implements PrimitiveFactory {

  @Override
  public primitive_desc forward(memory.desc src, memory.desc weights, memory.desc bias, memory.desc dst,
      primitive_attr attr) {
    inner_product_forward.desc desc = bias == null
        ? new inner_product_forward.desc(prop_kind.forward_training, src, weights, dst)
        : new inner_product_forward.desc(prop_kind.forward_training, src, weights, bias, dst);
    return new inner_product_forward.primitive_desc(desc, attr, Onednn.engine());
  }

  @Override
  public primitive_desc backwardWeights(memory.desc src, memory.desc weights, memory.desc bias, memory.desc dst,
      primitive_desc forwardHint) {
    inner_product_backward_weights.desc desc = bias == null
        ? new inner_product_backward_weights.desc(src, weights, dst)
        : new inner_product_backward_weights.desc(src, weights, bias, dst);
    return new inner_product_backward_weights.primitive_desc(desc, Onednn.engine(),
        (inner_product_forward.primitive_desc) forwardHint);
  }

  @Override
  public primitive_desc backwardData(memory.desc src, memory.desc weights, memory.desc dst,
      primitive_desc forwardHint) {
    return new inner_product_backward_data.primitive_desc(new inner_product_backward_data.desc(src, weights, dst),
        Onednn.engine(), (inner_product_forward.primitive_desc) forwardHint);
  }
}
