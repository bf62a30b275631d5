package dev.lamina.runtime.kernel.onednn;

import static org.bytedeco.dnnl.global.dnnl.DNNL_ARG_DIFF_DST;
import static org.bytedeco.dnnl.global.dnnl.DNNL_ARG_DIFF_SRC;
import static org.bytedeco.dnnl.global.dnnl.DNNL_ARG_DST;
import static org.bytedeco.dnnl.global.dnnl.DNNL_ARG_SRC;

import org.bytedeco.dnnl.IntMemoryMap;
import org.bytedeco.dnnl.eltwise_backward;
import org.bytedeco.dnnl.eltwise_forward;
import org.bytedeco.dnnl.global.dnnl.algorithm;
import org.bytedeco.dnnl.global.dnnl.prop_kind;
import org.bytedeco.dnnl.memory;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The eltwise primitives of one activation on tensors of one size, seen as flat vectors (so any rank
 * and layout): the activation, its derivative, and the scaling SELU needs. Created once per layer and
 * batch size; each call only rebinds buffers.
 */
final class ActivationPrimitives {
  private final ActivationPlan plan;
  private final memory a;
  private final memory b;
  private final memory c;
  private final memory scaleSource;
  private final memory scaleTarget;
  private final eltwise_forward forward;
  private final eltwise_forward scale;
  private final eltwise_backward backward;
  private final IntMemoryMap forwardArgs = new IntMemoryMap();
  private final IntMemoryMap scaleArgs = new IntMemoryMap();
  private final IntMemoryMap backwardArgs = new IntMemoryMap();

  /**
   * @param plan the activation (not LINEAR, not SOFTMAX)
   * @param length values per tensor
   */
  ActivationPrimitives(ActivationPlan plan, long length) {
    this.plan = plan;
    memory.desc md = Onednn.vector(length);
    a = Onednn.unbound(md);
    b = Onednn.unbound(md);
    c = Onednn.unbound(md);
    scaleSource = Onednn.unbound(md);
    scaleTarget = Onednn.unbound(md);
    eltwise_forward.primitive_desc fpd = new eltwise_forward.primitive_desc(
        new eltwise_forward.desc(prop_kind.forward_training, plan.forward(), md, plan.alpha(), 0f), Onednn.engine());
    forward = new eltwise_forward(fpd);
    forwardArgs.put(DNNL_ARG_SRC, a);
    forwardArgs.put(DNNL_ARG_DST, b);
    if (plan.scale() != 1f) {
      scale = new eltwise_forward(new eltwise_forward.primitive_desc(new eltwise_forward.desc(
          prop_kind.forward_training, algorithm.eltwise_linear, md, plan.scale(), 0f), Onednn.engine()));
      scaleArgs.put(DNNL_ARG_SRC, scaleSource);
      scaleArgs.put(DNNL_ARG_DST, scaleTarget);
    } else {
      scale = null;
    }
    eltwise_forward.primitive_desc hint = new eltwise_forward.primitive_desc(
        new eltwise_forward.desc(prop_kind.forward_training, plan.backwardAlgorithm(), md, plan.alpha(), 0f),
        Onednn.engine());
    backward = new eltwise_backward(new eltwise_backward.primitive_desc(
        new eltwise_backward.desc(plan.backwardAlgorithm(), md, md, plan.alpha(), 0f), Onednn.engine(), hint));
    boolean fromOutput = plan.backward() != ActivationPlan.Backward.FROM_INPUT;
    backwardArgs.put(fromOutput ? DNNL_ARG_DST : DNNL_ARG_SRC, a);
    backwardArgs.put(DNNL_ARG_DIFF_DST, b);
    backwardArgs.put(DNNL_ARG_DIFF_SRC, c);
  }

  /** {@code y = f(z)}, the whole activation (SELU's scale included). {@code y} may be {@code z}. */
  void apply(INDArray z, INDArray y) {
    Onednn.bind(a, z);
    Onednn.bind(b, y);
    forward.execute(Onednn.stream(), forwardArgs);
    scale(y, y);
    Onednn.stream()._wait();
  }

  /**
   * Completes a training forward pass whose producing primitive ran with the plan's training post-ops
   * and wrote {@code saved}: SELU scales {@code elu(z)} into {@code y}; activations that need the input
   * apply themselves to it; others have nothing left to do.
   */
  void finishTraining(INDArray saved, INDArray y) {
    switch (plan.backward()) {
      case FROM_ELU_OUTPUT -> {
        scale(saved, y);
        Onednn.stream()._wait();
      }
      case FROM_INPUT -> apply(saved, y);
      case FROM_OUTPUT, NONE -> { }
    }
  }

  /**
   * {@code gradZ = gradY * f'}: from the output {@code y}, from {@code saved = elu(z)} for SELU, or
   * from {@code saved = z}.
   */
  void backward(INDArray saved, INDArray y, INDArray gradY, INDArray gradZ) {
    backward(saved, y, gradY, gradZ, true);
  }

  /**
   * As {@link #backward(INDArray, INDArray, INDArray, INDArray)}; with {@code scaled} false, SELU's scale
   * is left out of {@code gradZ} (the caller applies it later, e.g. while rounding {@code gradZ} to bf16).
   */
  void backward(INDArray saved, INDArray y, INDArray gradY, INDArray gradZ, boolean scaled) {
    INDArray state = plan.backward() == ActivationPlan.Backward.FROM_OUTPUT ? y : saved;
    Onednn.bind(a, state);
    Onednn.bind(b, gradY);
    Onednn.bind(c, gradZ);
    backward.execute(Onednn.stream(), backwardArgs);
    if (scaled) {
      scale(gradZ, gradZ);
    }
    Onednn.stream()._wait();
  }

  /** {@code to = scale * from} (SELU's lambda); nothing for other activations. */
  private void scale(INDArray from, INDArray to) {
    if (scale != null) {
      Onednn.bind(scaleSource, from);
      Onednn.bind(scaleTarget, to);
      scale.execute(Onednn.stream(), scaleArgs);
    }
  }
}
