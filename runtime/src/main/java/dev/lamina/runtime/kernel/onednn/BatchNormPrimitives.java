package dev.lamina.runtime.kernel.onednn;

import static dev.lamina.runtime.kernel.onednn.BatchNormVectors.UNIT_EPSILON;
import static org.bytedeco.dnnl.global.dnnl.DNNL_ARG_DIFF_DST;
import static org.bytedeco.dnnl.global.dnnl.DNNL_ARG_DIFF_SCALE;
import static org.bytedeco.dnnl.global.dnnl.DNNL_ARG_DIFF_SHIFT;
import static org.bytedeco.dnnl.global.dnnl.DNNL_ARG_DIFF_SRC;
import static org.bytedeco.dnnl.global.dnnl.DNNL_ARG_DST;
import static org.bytedeco.dnnl.global.dnnl.DNNL_ARG_MEAN;
import static org.bytedeco.dnnl.global.dnnl.DNNL_ARG_SCALE;
import static org.bytedeco.dnnl.global.dnnl.DNNL_ARG_SHIFT;
import static org.bytedeco.dnnl.global.dnnl.DNNL_ARG_SRC;
import static org.bytedeco.dnnl.global.dnnl.DNNL_ARG_VARIANCE;

import org.bytedeco.dnnl.IntMemoryMap;
import org.bytedeco.dnnl.batch_normalization_backward;
import org.bytedeco.dnnl.batch_normalization_forward;
import org.bytedeco.dnnl.global.dnnl.normalization_flags;
import org.bytedeco.dnnl.global.dnnl.prop_kind;
import org.bytedeco.dnnl.memory;

/**
 * {@link BatchNormalization}'s primitives and tensor memories for one input shape ({@code [batch, ...,
 * c]}, viewed as NHWC with every axis but the first and the last folded into the height), wired to the
 * per-channel {@link BatchNormVectors}: the training pass (statistics and {@code xhat}), the affine pass
 * (gamma and beta on {@code xhat}, identity statistics), the inference pass (moving statistics) and the
 * backward pass (identity statistics, see {@link BatchNormalization}).
 */
final class BatchNormPrimitives {
  final memory src;
  final memory dst;
  final memory normalized;
  final memory diffDst;
  final memory diffSrc;
  final batch_normalization_forward training;
  final batch_normalization_forward affine;
  final batch_normalization_forward inference;
  final batch_normalization_backward backward;
  final IntMemoryMap trainingArgs = new IntMemoryMap();
  final IntMemoryMap affineArgs = new IntMemoryMap();
  final IntMemoryMap inferenceArgs = new IntMemoryMap();
  final IntMemoryMap backwardArgs = new IntMemoryMap();
  /** The names of the implementations oneDNN chose (training, affine, inference, backward). */
  final String implementations;

  /**
   * @param shape the input's shape, rank 2 or more, last axis {@code channels}
   * @param channels the size of the last axis
   * @param epsilon added to the variance
   * @param v the per-channel vectors the primitives read and write
   * @throws RuntimeException from oneDNN where it cannot create a primitive for this shape
   */
  BatchNormPrimitives(long[] shape, int channels, double epsilon, BatchNormVectors v) {
    long n = shape[0];
    long inner = 1;
    for (int i = 1; i < shape.length - 1; i++) {
      inner *= shape[i];
    }
    long h = shape.length == 4 ? shape[1] : inner;
    long w = shape.length == 4 ? shape[2] : 1;
    memory.desc data = Onednn.nhwc(n, h, w, channels);
    src = Onednn.unbound(data);
    dst = Onednn.unbound(data);
    normalized = Onednn.unbound(data);
    diffDst = Onednn.unbound(data);
    diffSrc = Onednn.unbound(data);
    int scaleShift = normalization_flags.use_scale.value | normalization_flags.use_shift.value;
    int global = normalization_flags.use_global_stats.value;

    batch_normalization_forward.primitive_desc trainingPd = forward(prop_kind.forward_training.value, data,
        (float) epsilon, normalization_flags.none.value);
    training = new batch_normalization_forward(trainingPd);
    trainingArgs.put(DNNL_ARG_SRC, src);
    trainingArgs.put(DNNL_ARG_DST, normalized);
    trainingArgs.put(DNNL_ARG_MEAN, v.batchMean);
    trainingArgs.put(DNNL_ARG_VARIANCE, v.batchVariance);

    batch_normalization_forward.primitive_desc affinePd = forward(prop_kind.forward_inference.value, data,
        UNIT_EPSILON, global | scaleShift);
    affine = new batch_normalization_forward(affinePd);
    putInference(affineArgs, normalized, dst, v.zerosMemory, v.unitVariance, v);

    batch_normalization_forward.primitive_desc inferencePd = forward(prop_kind.forward_inference.value, data,
        (float) epsilon, global | scaleShift);
    inference = new batch_normalization_forward(inferencePd);
    putInference(inferenceArgs, src, dst, v.movingMean, v.movingVariance, v);

    batch_normalization_forward.primitive_desc hint = forward(prop_kind.forward_training.value, data,
        UNIT_EPSILON, scaleShift);
    batch_normalization_backward.primitive_desc backwardPd = new batch_normalization_backward.primitive_desc(
        new batch_normalization_backward.desc(prop_kind.backward.value, data, data, UNIT_EPSILON, scaleShift),
        Onednn.engine(), hint);
    backward = new batch_normalization_backward(backwardPd);
    implementations = String.join(", ", Onednn.implementation(trainingPd), Onednn.implementation(affinePd),
        Onednn.implementation(inferencePd), Onednn.implementation(backwardPd));
    backwardArgs.put(DNNL_ARG_SRC, normalized);
    backwardArgs.put(DNNL_ARG_DIFF_DST, diffDst);
    backwardArgs.put(DNNL_ARG_MEAN, v.zerosMemory);
    backwardArgs.put(DNNL_ARG_VARIANCE, v.unitVariance);
    backwardArgs.put(DNNL_ARG_SCALE, v.backwardScale);
    backwardArgs.put(DNNL_ARG_SHIFT, v.zerosMemory);   // not read, but oneDNN 2.5 requires it with use_shift
    backwardArgs.put(DNNL_ARG_DIFF_SRC, diffSrc);
    backwardArgs.put(DNNL_ARG_DIFF_SCALE, v.gradScale);
    backwardArgs.put(DNNL_ARG_DIFF_SHIFT, v.gradShift);
  }

  private static batch_normalization_forward.primitive_desc forward(int kind, memory.desc data, float epsilon,
      int flags) {
    return new batch_normalization_forward.primitive_desc(
        new batch_normalization_forward.desc(kind, data, epsilon, flags), Onednn.engine());
  }

  /** The arguments of a pass with given statistics and the vectors' scale and shift. */
  private static void putInference(IntMemoryMap args, memory in, memory out, memory mean, memory variance,
      BatchNormVectors v) {
    args.put(DNNL_ARG_SRC, in);
    args.put(DNNL_ARG_DST, out);
    args.put(DNNL_ARG_MEAN, mean);
    args.put(DNNL_ARG_VARIANCE, variance);
    args.put(DNNL_ARG_SCALE, v.scale);
    args.put(DNNL_ARG_SHIFT, v.shift);
  }
}
