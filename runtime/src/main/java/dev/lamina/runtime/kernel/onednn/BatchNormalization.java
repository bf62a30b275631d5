package dev.lamina.runtime.kernel.onednn;

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

import java.util.Arrays;
import org.bytedeco.dnnl.IntMemoryMap;
import org.bytedeco.dnnl.batch_normalization_backward;
import org.bytedeco.dnnl.batch_normalization_forward;
import org.bytedeco.dnnl.global.dnnl.normalization_flags;
import org.bytedeco.dnnl.global.dnnl.prop_kind;
import org.bytedeco.dnnl.memory;
import org.bytedeco.javacpp.FloatPointer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Batch normalization over the last axis on oneDNN's batch-normalization primitive, for dense
 * {@code FLOAT} channel-last tensors of rank 2 or more ({@code [batch, ..., c]}, viewed as NHWC with
 * every axis but the first and the last folded into the height). oneDNN runs on the calling thread's
 * OpenMP threads, so the passes scale with the threads the convolutions use.
 *
 * <p>Same formulas as {@code dev.lamina.runtime.kernel.BatchNormKernel} (Keras's
 * {@code BatchNormalization}): the batch's mean and biased variance over every axis but the last,
 * {@code xhat = (x - mean) / sqrt(var + epsilon)}, {@code y = gamma * xhat + beta}, the moving
 * statistics updated as {@code moving * momentum + batch * (1 - momentum)} with the biased variance.
 *
 * <ul>
 *   <li>Training: one training-mode primitive without scale and shift writes {@code xhat} and the
 *       batch statistics; a second pass applies {@code gamma} and {@code beta} to {@code xhat}.
 *   <li>Inference: one primitive with the moving statistics, gamma and beta.
 *   <li>Backward: the caller keeps {@code xhat}, not {@code x}. oneDNN's training-mode backward takes
 *       the input, mean and variance; given {@code xhat} with mean 0 and a variance {@code v} for which
 *       {@code v + e} is exactly 1 in float, its normalized input is {@code xhat} itself and its
 *       {@code diff_src = scale * (gradY - mean(gradY) - xhat * mean(gradY * xhat))}, which with
 *       {@code scale = gamma / sqrt(var + epsilon)} is the exact gradient (Ioffe &amp; Szegedy, 2015);
 *       its {@code diff_scale = sum(gradY * xhat)} and {@code diff_shift = sum(gradY)} are gamma's and
 *       beta's gradients. The second forward pass uses the same identity statistics.
 * </ul>
 *
 * <p>Primitives are created on first use per input length (a few kept); the per-channel vectors
 * (statistics, constants, scratch) are owned and allocated once.
 */
public final class BatchNormalization {
  private static final int SIZES_KEPT = 4;

  /** The epsilon of the identity passes: a power of two, so that {@code (1 - e) + e} is exactly 1. */
  private static final float UNIT_EPSILON = 0x1p-10f;

  private final int channels;
  private final double momentum;
  private final double epsilon;

  private final INDArray batchMean;
  private final INDArray batchVariance;
  private final INDArray zeros;
  private final INDArray ones;
  private final INDArray unitVariance;
  private final INDArray backwardScale;
  private final INDArray spareGradScale;
  private final INDArray spareGradShift;
  private final FloatPointer batchMeanValues;
  private final FloatPointer batchVarianceValues;
  private final FloatPointer backwardScaleValues;

  /** Bound once to the owned vectors above. */
  private final memory batchMeanMemory;
  private final memory batchVarianceMemory;
  private final memory zerosMemory;
  private final memory unitVarianceMemory;
  private final memory backwardScaleMemory;
  /** Bound on each call to the caller's vectors (or to the owned constants and scratch). */
  private final memory scale;
  private final memory shift;
  private final memory movingMeanMemory;
  private final memory movingVarianceMemory;
  private final memory gradScale;
  private final memory gradShift;

  /** The last training pass's {@code 1 / sqrt(var + epsilon)}, which backward reuses. */
  private final float[] invStd;
  private final float[] mean;
  private final float[] variance;
  private final float[] movingMean;
  private final float[] movingVariance;
  private final float[] gammaValues;

  private final SizeCache<Step> steps = new SizeCache<>(SIZES_KEPT);

  /** The primitives and tensor memories for one input shape. */
  private final class Step {
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
    final String implementations;

    Step(long[] shape) {
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

      batch_normalization_forward.primitive_desc trainingPd = new batch_normalization_forward.primitive_desc(
          new batch_normalization_forward.desc(prop_kind.forward_training.value, data, (float) epsilon,
              normalization_flags.none.value), Onednn.engine());
      training = new batch_normalization_forward(trainingPd);
      trainingArgs.put(DNNL_ARG_SRC, src);
      trainingArgs.put(DNNL_ARG_DST, normalized);
      trainingArgs.put(DNNL_ARG_MEAN, batchMeanMemory);
      trainingArgs.put(DNNL_ARG_VARIANCE, batchVarianceMemory);

      batch_normalization_forward.primitive_desc affinePd = new batch_normalization_forward.primitive_desc(
          new batch_normalization_forward.desc(prop_kind.forward_inference.value, data, UNIT_EPSILON,
              global | scaleShift), Onednn.engine());
      affine = new batch_normalization_forward(affinePd);
      affineArgs.put(DNNL_ARG_SRC, normalized);
      affineArgs.put(DNNL_ARG_DST, dst);
      affineArgs.put(DNNL_ARG_MEAN, zerosMemory);
      affineArgs.put(DNNL_ARG_VARIANCE, unitVarianceMemory);
      affineArgs.put(DNNL_ARG_SCALE, scale);
      affineArgs.put(DNNL_ARG_SHIFT, shift);

      batch_normalization_forward.primitive_desc inferencePd = new batch_normalization_forward.primitive_desc(
          new batch_normalization_forward.desc(prop_kind.forward_inference.value, data, (float) epsilon,
              global | scaleShift), Onednn.engine());
      inference = new batch_normalization_forward(inferencePd);
      inferenceArgs.put(DNNL_ARG_SRC, src);
      inferenceArgs.put(DNNL_ARG_DST, dst);
      inferenceArgs.put(DNNL_ARG_MEAN, movingMeanMemory);
      inferenceArgs.put(DNNL_ARG_VARIANCE, movingVarianceMemory);
      inferenceArgs.put(DNNL_ARG_SCALE, scale);
      inferenceArgs.put(DNNL_ARG_SHIFT, shift);

      batch_normalization_forward.primitive_desc hint = new batch_normalization_forward.primitive_desc(
          new batch_normalization_forward.desc(prop_kind.forward_training.value, data, UNIT_EPSILON, scaleShift),
          Onednn.engine());
      batch_normalization_backward.primitive_desc backwardPd = new batch_normalization_backward.primitive_desc(
          new batch_normalization_backward.desc(prop_kind.backward.value, data, data, UNIT_EPSILON, scaleShift),
          Onednn.engine(), hint);
      backward = new batch_normalization_backward(backwardPd);
      implementations = String.join(", ", Onednn.implementation(trainingPd), Onednn.implementation(affinePd),
          Onednn.implementation(inferencePd), Onednn.implementation(backwardPd));
      backwardArgs.put(DNNL_ARG_SRC, normalized);
      backwardArgs.put(DNNL_ARG_DIFF_DST, diffDst);
      backwardArgs.put(DNNL_ARG_MEAN, zerosMemory);
      backwardArgs.put(DNNL_ARG_VARIANCE, unitVarianceMemory);
      backwardArgs.put(DNNL_ARG_SCALE, backwardScaleMemory);
      backwardArgs.put(DNNL_ARG_SHIFT, zerosMemory);   // not read, but oneDNN 2.5 requires it with use_shift
      backwardArgs.put(DNNL_ARG_DIFF_SRC, diffSrc);
      backwardArgs.put(DNNL_ARG_DIFF_SCALE, gradScale);
      backwardArgs.put(DNNL_ARG_DIFF_SHIFT, gradShift);
    }
  }

  /**
   * @param channels the size of the last axis
   * @param momentum Keras's momentum of the moving statistics, in {@code [0, 1)}
   * @param epsilon added to the variance, positive
   */
  public BatchNormalization(int channels, double momentum, double epsilon) {
    this.channels = channels;
    this.momentum = momentum;
    this.epsilon = epsilon;
    batchMean = Nd4j.create(DataType.FLOAT, channels);
    batchVariance = Nd4j.create(DataType.FLOAT, channels);
    zeros = Nd4j.create(DataType.FLOAT, channels);
    ones = Nd4j.ones(DataType.FLOAT, channels);
    unitVariance = Nd4j.valueArrayOf(new long[] {channels}, 1f - UNIT_EPSILON, DataType.FLOAT);
    backwardScale = Nd4j.create(DataType.FLOAT, channels);
    spareGradScale = Nd4j.create(DataType.FLOAT, channels);
    spareGradShift = Nd4j.create(DataType.FLOAT, channels);
    batchMeanValues = pointer(batchMean);
    batchVarianceValues = pointer(batchVariance);
    backwardScaleValues = pointer(backwardScale);
    memory.desc vector = Onednn.vector(channels);
    batchMeanMemory = bound(vector, batchMean);
    batchVarianceMemory = bound(vector, batchVariance);
    zerosMemory = bound(vector, zeros);
    unitVarianceMemory = bound(vector, unitVariance);
    backwardScaleMemory = bound(vector, backwardScale);
    scale = Onednn.unbound(vector);
    shift = Onednn.unbound(vector);
    movingMeanMemory = Onednn.unbound(vector);
    movingVarianceMemory = Onednn.unbound(vector);
    gradScale = Onednn.unbound(vector);
    gradShift = Onednn.unbound(vector);
    invStd = new float[channels];
    mean = new float[channels];
    variance = new float[channels];
    movingMean = new float[channels];
    movingVariance = new float[channels];
    gammaValues = new float[channels];
  }

  /**
   * Normalizes with the batch's statistics, keeps {@code xhat}, and updates the moving statistics. All
   * arrays dense {@code FLOAT}; {@code y} may be {@code x}.
   *
   * @param x {@code [batch, ..., c]}
   * @param gamma {@code [c]} or null
   * @param beta {@code [c]} or null
   * @param movingMean {@code [c]}, updated
   * @param movingVariance {@code [c]}, updated
   * @param normalized receives {@code xhat}, shaped like {@code x}
   * @param y receives the output, shaped like {@code x}
   * @throws UnsupportedLayerException if oneDNN cannot create the primitives for this shape
   */
  public void forwardTraining(INDArray x, INDArray gamma, INDArray beta, INDArray movingMean,
      INDArray movingVariance, INDArray normalized, INDArray y) {
    Step s = step(x);
    Onednn.bind(s.src, x);
    Onednn.bind(s.normalized, normalized);
    s.training.execute(Onednn.stream(), s.trainingArgs);
    Onednn.stream()._wait();
    bindScaleShift(gamma, beta);
    Onednn.bind(s.dst, y);
    s.affine.execute(Onednn.stream(), s.affineArgs);
    Onednn.stream()._wait();
    updateStatistics(movingMean, movingVariance);
  }

  /** Sets {@link #invStd} from the batch statistics and updates the moving ones. */
  private void updateStatistics(INDArray movingMeanArray, INDArray movingVarianceArray) {
    batchMeanValues.get(mean, 0, channels);
    batchVarianceValues.get(variance, 0, channels);
    FloatPointer mm = pointer(movingMeanArray);
    FloatPointer mv = pointer(movingVarianceArray);
    mm.get(movingMean, 0, channels);
    mv.get(movingVariance, 0, channels);
    for (int k = 0; k < channels; k++) {
      double v = variance[k];
      invStd[k] = (float) (1 / Math.sqrt(v + epsilon));
      movingMean[k] = (float) (movingMean[k] * momentum + mean[k] * (1 - momentum));
      movingVariance[k] = (float) (movingVariance[k] * momentum + v * (1 - momentum));
    }
    mm.put(movingMean, 0, channels);
    mv.put(movingVariance, 0, channels);
  }

  /**
   * Normalizes with the moving statistics; {@code y} may be {@code x}.
   *
   * @param x {@code [batch, ..., c]}
   * @param gamma {@code [c]} or null
   * @param beta {@code [c]} or null
   * @param movingMean {@code [c]}
   * @param movingVariance {@code [c]}
   * @param y receives the output, shaped like {@code x}
   * @throws UnsupportedLayerException if oneDNN cannot create the primitives for this shape
   */
  public void forwardInference(INDArray x, INDArray gamma, INDArray beta, INDArray movingMean,
      INDArray movingVariance, INDArray y) {
    Step s = step(x);
    Onednn.bind(s.src, x);
    Onednn.bind(s.dst, y);
    Onednn.bind(movingMeanMemory, movingMean);
    Onednn.bind(movingVarianceMemory, movingVariance);
    bindScaleShift(gamma, beta);
    s.inference.execute(Onednn.stream(), s.inferenceArgs);
    Onednn.stream()._wait();
  }

  /**
   * Gradients of the last {@link #forwardTraining} pass; all overwritten.
   *
   * @param gradY the output gradient
   * @param gamma {@code [c]} or null
   * @param normalized {@code xhat} from {@link #forwardTraining}
   * @param gradX receives the input gradient
   * @param gradGamma receives gamma's gradient, or null without gamma
   * @param gradBeta receives beta's gradient, or null without beta
   */
  public void backward(INDArray gradY, INDArray gamma, INDArray normalized, INDArray gradX, INDArray gradGamma,
      INDArray gradBeta) {
    Step s = step(gradY);
    if (gamma == null) {
      Arrays.fill(gammaValues, 1f);
    } else {
      pointer(gamma).get(gammaValues, 0, channels);
    }
    for (int k = 0; k < channels; k++) {
      gammaValues[k] = gammaValues[k] * invStd[k];
    }
    backwardScaleValues.put(gammaValues, 0, channels);
    Onednn.bind(s.normalized, normalized);
    Onednn.bind(s.diffDst, gradY);
    Onednn.bind(s.diffSrc, gradX);
    Onednn.bind(gradScale, gradGamma != null ? gradGamma : spareGradScale);
    Onednn.bind(gradShift, gradBeta != null ? gradBeta : spareGradShift);
    s.backward.execute(Onednn.stream(), s.backwardArgs);
    Onednn.stream()._wait();
  }

  /** The last training pass's {@code 1 / sqrt(var + epsilon)} into {@code into} ({@code [c]}). */
  public void inverseDeviationInto(INDArray into) {
    for (int k = 0; k < channels; k++) {
      into.putScalar(k, invStd[k]);
    }
  }

  /** The names of the implementations oneDNN chose for one input shape (training, affine, inference, backward). */
  public String implementations(long... shape) {
    return step(shape).implementations;
  }

  private void bindScaleShift(INDArray gamma, INDArray beta) {
    Onednn.bind(scale, gamma != null ? gamma : ones);
    Onednn.bind(shift, beta != null ? beta : zeros);
  }

  private Step step(INDArray x) {
    Step s = steps.find(x.length());
    return s != null ? s : step(x.shape());
  }

  private Step step(long[] shape) {
    long length = 1;
    for (long d : shape) {
      length *= d;
    }
    Step s = steps.find(length);
    if (s != null) {
      return s;
    }
    if (shape.length < 2 || shape[shape.length - 1] != channels) {
      throw new IllegalArgumentException("batch normalization over " + channels + " channels cannot take "
          + Arrays.toString(shape));
    }
    try {
      return steps.put(length, new Step(shape));
    } catch (RuntimeException e) {
      throw new UnsupportedLayerException("oneDNN cannot batch-normalize " + Arrays.toString(shape) + ": " + e, e);
    }
  }

  private static memory bound(memory.desc desc, INDArray array) {
    memory m = Onednn.unbound(desc);
    Onednn.bind(m, array);
    return m;
  }

  private static FloatPointer pointer(INDArray array) {
    return new FloatPointer(array.data().addressPointer());
  }
}
