package dev.lamina.runtime.kernel.onednn;

import java.util.Arrays;
import org.bytedeco.javacpp.FloatPointer;
import org.nd4j.linalg.api.ndarray.INDArray;

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
 * <p>Primitives are created on first use per input length (a few kept; {@link BatchNormPrimitives}); the
 * per-channel vectors (statistics, constants, scratch; {@link BatchNormVectors}) are owned and allocated
 * once.
 */
public final class BatchNormalization {
  private static final int SIZES_KEPT = 4;

  private final int channels;
  private final double momentum;
  private final double epsilon;
  private final BatchNormVectors v;

  /** The last training pass's {@code 1 / sqrt(var + epsilon)}, which backward reuses. */
  private final float[] invStd;
  private final float[] mean;
  private final float[] variance;
  private final float[] movingMean;
  private final float[] movingVariance;
  private final float[] gammaValues;

  private final SizeCache<BatchNormPrimitives> steps = new SizeCache<>(SIZES_KEPT);

  /**
   * @param channels the size of the last axis
   * @param momentum Keras's momentum of the moving statistics, in {@code [0, 1)}
   * @param epsilon added to the variance, positive
   */
  public BatchNormalization(int channels, double momentum, double epsilon) {
    this.channels = channels;
    this.momentum = momentum;
    this.epsilon = epsilon;
    this.v = new BatchNormVectors(channels);
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
    BatchNormPrimitives s = step(x);
    Onednn.bind(s.src, x);
    Onednn.bind(s.normalized, normalized);
    s.training.execute(Onednn.stream(), s.trainingArgs);
    Onednn.stream()._wait();
    v.bindScaleShift(gamma, beta);
    Onednn.bind(s.dst, y);
    s.affine.execute(Onednn.stream(), s.affineArgs);
    Onednn.stream()._wait();
    updateStatistics(movingMean, movingVariance);
  }

  /** Sets {@link #invStd} from the batch statistics and updates the moving ones. */
  private void updateStatistics(INDArray movingMeanArray, INDArray movingVarianceArray) {
    v.batchMeanValues.get(mean, 0, channels);
    v.batchVarianceValues.get(variance, 0, channels);
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
    BatchNormPrimitives s = step(x);
    Onednn.bind(s.src, x);
    Onednn.bind(s.dst, y);
    Onednn.bind(v.movingMean, movingMean);
    Onednn.bind(v.movingVariance, movingVariance);
    v.bindScaleShift(gamma, beta);
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
    BatchNormPrimitives s = step(gradY);
    if (gamma == null) {
      Arrays.fill(gammaValues, 1f);
    } else {
      pointer(gamma).get(gammaValues, 0, channels);
    }
    for (int k = 0; k < channels; k++) {
      gammaValues[k] = gammaValues[k] * invStd[k];
    }
    v.backwardScaleValues.put(gammaValues, 0, channels);
    Onednn.bind(s.normalized, normalized);
    Onednn.bind(s.diffDst, gradY);
    Onednn.bind(s.diffSrc, gradX);
    Onednn.bind(v.gradScale, gradGamma != null ? gradGamma : v.spareGradScale);
    Onednn.bind(v.gradShift, gradBeta != null ? gradBeta : v.spareGradShift);
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

  private BatchNormPrimitives step(INDArray x) {
    BatchNormPrimitives s = steps.find(x.length());
    return s != null ? s : step(x.shape());
  }

  private BatchNormPrimitives step(long[] shape) {
    long length = 1;
    for (long d : shape) {
      length *= d;
    }
    BatchNormPrimitives s = steps.find(length);
    if (s != null) {
      return s;
    }
    if (shape.length < 2 || shape[shape.length - 1] != channels) {
      throw new IllegalArgumentException("batch normalization over " + channels + " channels cannot take "
          + Arrays.toString(shape));
    }
    try {
      return steps.put(length, new BatchNormPrimitives(shape, channels, epsilon, v));
    } catch (RuntimeException e) {
      throw new UnsupportedLayerException("oneDNN cannot batch-normalize " + Arrays.toString(shape) + ": " + e, e);
    }
  }

  private static FloatPointer pointer(INDArray array) {
    return BatchNormVectors.pointer(array);
  }
}
