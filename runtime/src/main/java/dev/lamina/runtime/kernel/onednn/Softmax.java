package dev.lamina.runtime.kernel.onednn;

import static org.bytedeco.dnnl.global.dnnl.DNNL_ARG_DST;
import static org.bytedeco.dnnl.global.dnnl.DNNL_ARG_SRC;

import org.bytedeco.dnnl.IntMemoryMap;
import org.bytedeco.dnnl.global.dnnl.prop_kind;
import org.bytedeco.dnnl.memory;
import org.bytedeco.dnnl.softmax_forward;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Softmax over the last axis on oneDNN, for {@code FLOAT} tensors in C order of any rank (seen as
 * {@code [rows, lastAxis]}): the forward pass only, one primitive per tensor size, created on first use.
 * The backward pass stays on libnd4j.
 */
public final class Softmax {
  private static final int SIZES_KEPT = 4;

  private final SizeCache<Step> steps = new SizeCache<>(SIZES_KEPT);

  private record Step(softmax_forward primitive, memory src, memory dst, IntMemoryMap args) {}

  /** {@code a = softmax(z)} over the last axis; {@code a} may be {@code z}. */
  public void forward(INDArray z, INDArray a) {
    long length = z.length();
    Step step = steps.find(length);
    if (step == null) {
      step = steps.put(length, create(z.size(z.rank() - 1), length));
    }
    Onednn.bind(step.src(), z);
    Onednn.bind(step.dst(), a);
    step.primitive().execute(Onednn.stream(), step.args());
    Onednn.stream()._wait();
  }

  private static Step create(long classes, long length) {
    memory.desc md = Onednn.matrix(length / classes, classes);
    softmax_forward primitive = new softmax_forward(new softmax_forward.primitive_desc(
        new softmax_forward.desc(prop_kind.forward_inference, md, 1), Onednn.engine()));
    memory src = Onednn.unbound(md);
    memory dst = Onednn.unbound(md);
    IntMemoryMap args = new IntMemoryMap();
    args.put(DNNL_ARG_SRC, src);
    args.put(DNNL_ARG_DST, dst);
    return new Step(primitive, src, dst, args);
  }
}
