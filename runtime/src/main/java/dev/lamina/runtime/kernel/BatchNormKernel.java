package dev.lamina.runtime.kernel;

import java.util.Objects;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.broadcast.BroadcastSubOp;
import org.nd4j.linalg.api.ops.impl.summarystats.Variance;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Batch normalization over the last axis (Keras {@code BatchNormalization}; Ioffe &amp; Szegedy,
 * 2015, "Batch Normalization").
 *
 * <ul>
 *   <li>Training: {@code xhat = (x - mean) / sqrt(var + epsilon)} with the batch's mean and biased
 *       variance over every axis but the last, {@code y = gamma * xhat + beta}; the moving statistics
 *       become {@code moving * momentum + batch * (1 - momentum)} (Keras's update).
 *   <li>Inference: the same with the moving mean and variance.
 *   <li>Backward (training mode, the batch statistics depend on {@code x}):
 *       {@code gradX = gamma / sqrt(var + epsilon) * (gradY - (sum(gradY) + xhat * sum(gradY * xhat)) / m)},
 *       {@code m} values per channel.
 * </ul>
 *
 * <p>Gamma or beta may be null when the layer does not scale or center. Per-channel scratch is owned by
 * the kernel; the normalized input {@code xhat} is kept by the caller between forward and backward.
 */
public final class BatchNormKernel {
  private final double momentum;
  private final double epsilon;
  private final INDArray mean;
  private final INDArray variance;
  private final INDArray invStd;
  private final INDArray scratch;
  private final INDArray sumGrad;
  private final INDArray sumGradNormalized;

  /**
   * @param channels the size of the last axis
   * @param momentum Keras's momentum of the moving statistics, in {@code [0, 1)}
   * @param epsilon added to the variance, positive
   * @param dataType the type of the tensors it will run on
   */
  public BatchNormKernel(int channels, double momentum, double epsilon, DataType dataType) {
    Objects.requireNonNull(dataType, "dataType");
    this.momentum = momentum;
    this.epsilon = epsilon;
    this.mean = Nd4j.create(dataType, channels);
    this.variance = Nd4j.create(dataType, channels);
    this.invStd = Nd4j.create(dataType, channels);
    this.scratch = Nd4j.create(dataType, channels);
    this.sumGrad = Nd4j.create(dataType, channels);
    this.sumGradNormalized = Nd4j.create(dataType, channels);
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
   * @param y receives the output, shaped like {@code x}
   */
  public void forwardTraining(INDArray x, INDArray gamma, INDArray beta, INDArray movingMean,
      INDArray movingVariance, INDArray normalized, INDArray y) {
    int[] axes = Channels.reductionAxes(x);
    x.mean(mean, axes);
    Nd4j.getExecutioner().exec(new Variance(x, variance, false, axes));
    invStd.assign(variance).addi(epsilon);
    Transforms.sqrt(invStd, false).rdivi(1.0);
    Nd4j.getExecutioner().exec(new BroadcastSubOp(x, mean, normalized, x.rank() - 1));
    Channels.mul(normalized, invStd);
    scaleAndShift(normalized, gamma, beta, y);
    movingMean.muli(momentum).addi(scratch.assign(mean).muli(1 - momentum));
    movingVariance.muli(momentum).addi(scratch.assign(variance).muli(1 - momentum));
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
    invStd.assign(movingVariance).addi(epsilon);
    Transforms.sqrt(invStd, false).rdivi(1.0);
    Nd4j.getExecutioner().exec(new BroadcastSubOp(x, movingMean, y, x.rank() - 1));
    Channels.mul(y, invStd);
    scaleAndShift(y, gamma, beta, y);
  }

  /**
   * Gradients of a training-mode forward pass; all overwritten.
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
    int[] axes = Channels.reductionAxes(gradY);
    double count = gradY.length() / gradY.size(gradY.rank() - 1);
    gradY.sum(sumGrad, axes);
    gradY.mul(normalized, gradX);
    gradX.sum(sumGradNormalized, axes);
    if (gradBeta != null) {
      gradBeta.assign(sumGrad);
    }
    if (gradGamma != null) {
      gradGamma.assign(sumGradNormalized);
    }
    Channels.mul(normalized, sumGradNormalized, gradX);
    Channels.add(gradX, sumGrad);
    gradX.muli(-1.0 / count).addi(gradY);
    scratch.assign(invStd);
    if (gamma != null) {
      scratch.muli(gamma);
    }
    Channels.mul(gradX, scratch);
  }

  private static void scaleAndShift(INDArray normalized, INDArray gamma, INDArray beta, INDArray y) {
    if (gamma != null) {
      Channels.mul(normalized, gamma, y);
    } else if (y != normalized) {
      y.assign(normalized);
    }
    if (beta != null) {
      Channels.add(y, beta);
    }
  }
}
