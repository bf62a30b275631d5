package dev.lamina.runtime.kernel;

import dev.lamina.runtime.kernel.onednn.BatchNormalization;
import dev.lamina.runtime.kernel.onednn.Onednn;
import dev.lamina.runtime.kernel.onednn.UnsupportedLayerException;
import java.util.Objects;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Batch normalization over the last axis (Keras {@code BatchNormalization}; Ioffe &amp; Szegedy,
 * 2015, "Batch Normalization").
 *
 * <ul>
 *   <li>Training: {@code xhat = (x - mean) / sqrt(var + epsilon)} with the batch's mean and biased
 *       variance over every axis but the last, {@code y = gamma * xhat + beta}; the moving statistics
 *       become {@code moving * momentum + batch * (1 - momentum)} (Keras's update).
 *   <li>Inference: the same with the moving mean and variance.
 *   <li>Backward (training mode, the batch statistics depend on {@code x}), with means over the
 *       {@code m} values of a channel:
 *       {@code gradX = gamma / sqrt(var + epsilon) * (gradY - mean(gradY) - xhat * mean(gradY * xhat))},
 *       {@code gradGamma = sum(gradY * xhat)}, {@code gradBeta = sum(gradY)}.
 * </ul>
 *
 * <p>Gamma or beta may be null when the layer does not scale or center. Dense {@code FLOAT} arrays run
 * on oneDNN's batch-normalization primitive ({@link BatchNormalization}, on the calling thread's OpenMP
 * threads), or as plain single-threaded loops over the channel-last values ({@link FloatBatchNorm})
 * where oneDNN is not available; {@code DOUBLE} (gradient checks) and other layouts run on libnd4j's
 * broadcasting
 * and reduction custom ops into the given arrays (libnd4j's own {@code batchnorm_bp} was measured to
 * deviate from the exact training-mode gradient by about 4e-8 relative, too much for gradient checks). Per-channel scratch (the batch statistics, and the
 * inverse deviation that the backward pass reuses) is owned by the kernel; the normalized input
 * {@code xhat} is kept by the caller between forward and backward.
 */
public final class BatchNormKernel {
  private static final Logger LOG = LoggerFactory.getLogger(BatchNormKernel.class);

  /** Where the last training pass ran, which the backward pass must follow. */
  private enum Route { ONEDNN, LOOPS, ND4J }

  private final NativeOp subtract = NativeOp.of("subtract");
  private final NativeOp multiply = NativeOp.of("multiply");
  private final NativeOp add = NativeOp.of("add");
  private final NativeOp divide = NativeOp.of("divide");
  private final Reductions[] reductions = new Reductions[8];

  private final INDArray epsilon;
  private final INDArray one;
  private final INDArray momentum;
  private final INDArray oneMinusMomentum;
  private final INDArray mean;
  private final INDArray variance;
  private final INDArray invStd;
  private final INDArray inferenceInvStd;
  private final INDArray scratch;
  /** The loops for dense FLOAT arrays; null for DOUBLE. */
  private final FloatBatchNorm floats;
  /** oneDNN's primitives for dense FLOAT arrays; null for DOUBLE or without oneDNN. */
  private final BatchNormalization onednn;
  /** Whether oneDNN failed to create a primitive here: the forward passes then run on the loops. */
  private boolean onednnFailed;
  /** Where the last training pass ran (that route then holds the inverse deviation). */
  private Route trained = Route.ND4J;

  /** The per-channel reductions for one input rank (over every axis but the last). */
  private record Reductions(NativeOp mean, NativeOp sum) {
    static Reductions of(int rank) {
      long[] axes = new long[rank - 1];
      for (int i = 0; i < axes.length; i++) {
        axes[i] = i;
      }
      return new Reductions(NativeOp.of("reduce_mean", axes), NativeOp.of("reduce_sum", axes));
    }
  }

  /**
   * @param channels the size of the last axis
   * @param momentum Keras's momentum of the moving statistics, in {@code [0, 1)}
   * @param epsilon added to the variance, positive
   * @param dataType the type of the tensors it will run on
   */
  public BatchNormKernel(int channels, double momentum, double epsilon, DataType dataType) {
    this(channels, momentum, epsilon, dataType, true);
  }

  /**
   * @param useOnednn false to run dense {@code FLOAT} arrays on the loops even where oneDNN is available
   *     (for comparisons)
   */
  BatchNormKernel(int channels, double momentum, double epsilon, DataType dataType, boolean useOnednn) {
    Objects.requireNonNull(dataType, "dataType");
    this.epsilon = Nd4j.scalar(dataType, epsilon);
    this.one = Nd4j.scalar(dataType, 1.0);
    this.momentum = Nd4j.scalar(dataType, momentum);
    this.oneMinusMomentum = Nd4j.scalar(dataType, 1 - momentum);
    this.mean = Nd4j.create(dataType, channels);
    this.variance = Nd4j.create(dataType, channels);
    this.invStd = Nd4j.create(dataType, channels);
    this.inferenceInvStd = Nd4j.create(dataType, channels);
    this.scratch = Nd4j.create(dataType, channels);
    this.floats = dataType == DataType.FLOAT ? new FloatBatchNorm(channels, momentum, epsilon) : null;
    this.onednn = floats != null && useOnednn && Onednn.available()
        ? new BatchNormalization(channels, momentum, epsilon) : null;
  }

  /**
   * Normalizes with the batch's statistics, keeps {@code xhat}, and updates the moving statistics.
   *
   * @param x {@code [batch, ..., c]}
   * @param gamma {@code [c]} or null
   * @param beta {@code [c]} or null
   * @param movingMean {@code [c]}, updated
   * @param movingVariance {@code [c]}, updated
   * @param normalized receives {@code xhat}, shaped like {@code x}
   * @param y receives the output, shaped like {@code x} (also scratch for the squared deviations)
   */
  public void forwardTraining(INDArray x, INDArray gamma, INDArray beta, INDArray movingMean,
      INDArray movingVariance, INDArray normalized, INDArray y) {
    boolean dense = floats != null
        && FloatBatchNorm.handles(x, gamma, beta, movingMean, movingVariance, normalized, y);
    if (dense && onednn != null && !onednnFailed) {
      try {
        onednn.forwardTraining(x, gamma, beta, movingMean, movingVariance, normalized, y);
        trained = Route.ONEDNN;
        return;
      } catch (UnsupportedLayerException e) {
        giveUpOnednn(e);
      }
    }
    if (dense) {
      floats.forwardTraining(x, gamma, beta, movingMean, movingVariance, normalized, y);
      trained = Route.LOOPS;
      return;
    }
    trained = Route.ND4J;
    Reductions r = reductions(x.rank());
    r.mean().run(x, mean);
    subtract.run(x, mean, normalized);
    multiply.run(normalized, normalized, y);
    r.mean().run(y, variance);
    inverseDeviation(variance, invStd);
    multiply.run(normalized, invStd, normalized);
    scaleAndShift(normalized, gamma, beta, y);
    updateMoving(movingMean, mean);
    updateMoving(movingVariance, variance);
  }

  /**
   * Normalizes with the moving statistics.
   *
   * @param x {@code [batch, ..., c]}
   * @param gamma {@code [c]} or null
   * @param beta {@code [c]} or null
   * @param movingMean {@code [c]}
   * @param movingVariance {@code [c]}
   * @param y receives the output, shaped like {@code x}
   */
  public void forwardInference(INDArray x, INDArray gamma, INDArray beta, INDArray movingMean,
      INDArray movingVariance, INDArray y) {
    if (floats != null && FloatBatchNorm.handles(x, gamma, beta, movingMean, movingVariance, y)) {
      if (onednn != null && !onednnFailed) {
        try {
          onednn.forwardInference(x, gamma, beta, movingMean, movingVariance, y);
          return;
        } catch (UnsupportedLayerException e) {
          giveUpOnednn(e);
        }
      }
      floats.forwardInference(x, gamma, beta, movingMean, movingVariance, y);
      return;
    }
    inverseDeviation(movingVariance, inferenceInvStd);
    subtract.run(x, movingMean, y);
    multiply.run(y, inferenceInvStd, y);
    scaleAndShift(y, gamma, beta, y);
  }

  /**
   * Gradients of the last training-mode forward pass; all overwritten.
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
    boolean dense = FloatBatchNorm.handles(gradY, gamma, normalized, gradX, gradGamma, gradBeta);
    if (trained == Route.ONEDNN) {
      if (dense) {
        onednn.backward(gradY, gamma, normalized, gradX, gradGamma, gradBeta);
        return;
      }
      onednn.inverseDeviationInto(invStd);
    } else if (trained == Route.LOOPS) {
      if (dense) {
        floats.backward(gradY, gamma, normalized, gradX, gradGamma, gradBeta);
        return;
      }
      floats.inverseDeviationInto(invStd);
    }
    Reductions r = reductions(gradY.rank());
    multiply.run(gradY, normalized, gradX);
    if (gradGamma != null) {
      r.sum().run(gradX, gradGamma);
    }
    r.mean().run(gradX, variance);
    if (gradBeta != null) {
      r.sum().run(gradY, gradBeta);
    }
    r.mean().run(gradY, mean);
    multiply.run(normalized, variance, gradX);
    add.run(gradX, mean, gradX);
    subtract.run(gradY, gradX, gradX);
    if (gamma != null) {
      multiply.run(invStd, gamma, scratch);
      multiply.run(gradX, scratch, gradX);
    } else {
      multiply.run(gradX, invStd, gradX);
    }
  }

  /** Leaves oneDNN for the loops after it failed to create a primitive (a pending backward pass keeps it). */
  private void giveUpOnednn(UnsupportedLayerException e) {
    LOG.warn("{}; batch normalization runs as loops", e.getMessage());
    onednnFailed = true;
  }

  /** {@code out = 1 / sqrt(var + epsilon)}. */
  private void inverseDeviation(INDArray var, INDArray out) {
    add.run(var, epsilon, out);
    Transforms.sqrt(out, false);
    divide.run(one, out, out);
  }

  /** {@code moving = moving * momentum + batch * (1 - momentum)}. */
  private void updateMoving(INDArray moving, INDArray batch) {
    multiply.run(moving, momentum, moving);
    multiply.run(batch, oneMinusMomentum, scratch);
    add.run(moving, scratch, moving);
  }

  private void scaleAndShift(INDArray normalized, INDArray gamma, INDArray beta, INDArray y) {
    if (gamma != null) {
      multiply.run(normalized, gamma, y);
    } else if (y != normalized) {
      y.assign(normalized);
    }
    if (beta != null) {
      add.run(y, beta, y);
    }
  }

  private Reductions reductions(int rank) {
    if (reductions[rank] == null) {
      reductions[rank] = Reductions.of(rank);
    }
    return reductions[rank];
  }
}
