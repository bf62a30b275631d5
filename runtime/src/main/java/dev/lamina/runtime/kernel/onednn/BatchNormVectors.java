package dev.lamina.runtime.kernel.onednn;

import org.bytedeco.dnnl.memory;
import org.bytedeco.javacpp.FloatPointer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The per-channel vectors ({@code [c]}, FLOAT) of one {@link BatchNormalization} and their oneDNN
 * memories, allocated once: the batch statistics oneDNN writes, the constants of the identity passes,
 * the backward pass's scale and scratch gradients (owned, bound once), and the memories bound on each
 * call to the caller's gamma, beta, moving statistics and parameter gradients.
 */
final class BatchNormVectors {
  /** The epsilon of the identity passes: a power of two, so that {@code (1 - e) + e} is exactly 1. */
  static final float UNIT_EPSILON = 0x1p-10f;

  /**
   * Owned vectors; held here so that their native buffers, which the memories below point into, live as
   * long as this object.
   */
  private final INDArray batchMeanArray;
  private final INDArray batchVarianceArray;
  private final INDArray unitVarianceArray;
  private final INDArray backwardScaleArray;
  final INDArray zeros;
  final INDArray ones;
  final INDArray spareGradScale;
  final INDArray spareGradShift;
  final FloatPointer batchMeanValues;
  final FloatPointer batchVarianceValues;
  final FloatPointer backwardScaleValues;

  /** Bound once to owned vectors. */
  final memory batchMean;
  final memory batchVariance;
  final memory zerosMemory;
  final memory unitVariance;
  final memory backwardScale;
  /** Bound on each call to the caller's vectors (or to the owned constants and scratch). */
  final memory scale;
  final memory shift;
  final memory movingMean;
  final memory movingVariance;
  final memory gradScale;
  final memory gradShift;

  /** @param channels the size of the last axis */
  BatchNormVectors(int channels) {
    batchMeanArray = Nd4j.create(DataType.FLOAT, channels);
    batchVarianceArray = Nd4j.create(DataType.FLOAT, channels);
    unitVarianceArray = Nd4j.valueArrayOf(new long[] {channels}, 1f - UNIT_EPSILON, DataType.FLOAT);
    backwardScaleArray = Nd4j.create(DataType.FLOAT, channels);
    zeros = Nd4j.create(DataType.FLOAT, channels);
    ones = Nd4j.ones(DataType.FLOAT, channels);
    spareGradScale = Nd4j.create(DataType.FLOAT, channels);
    spareGradShift = Nd4j.create(DataType.FLOAT, channels);
    batchMeanValues = pointer(batchMeanArray);
    batchVarianceValues = pointer(batchVarianceArray);
    backwardScaleValues = pointer(backwardScaleArray);
    memory.desc vector = Onednn.vector(channels);
    batchMean = bound(vector, batchMeanArray);
    batchVariance = bound(vector, batchVarianceArray);
    zerosMemory = bound(vector, zeros);
    unitVariance = bound(vector, unitVarianceArray);
    backwardScale = bound(vector, backwardScaleArray);
    scale = Onednn.unbound(vector);
    shift = Onednn.unbound(vector);
    movingMean = Onednn.unbound(vector);
    movingVariance = Onednn.unbound(vector);
    gradScale = Onednn.unbound(vector);
    gradShift = Onednn.unbound(vector);
  }

  /** Binds {@link #scale} and {@link #shift} to gamma and beta, or to ones and zeros where absent. */
  void bindScaleShift(INDArray gamma, INDArray beta) {
    Onednn.bind(scale, gamma != null ? gamma : ones);
    Onednn.bind(shift, beta != null ? beta : zeros);
  }

  /** A pointer to a dense FLOAT array's values. */
  static FloatPointer pointer(INDArray array) {
    return new FloatPointer(array.data().addressPointer());
  }

  private static memory bound(memory.desc desc, INDArray array) {
    memory m = Onednn.unbound(desc);
    Onednn.bind(m, array);
    return m;
  }
}
