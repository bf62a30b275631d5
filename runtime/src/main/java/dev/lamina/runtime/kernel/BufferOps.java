package dev.lamina.runtime.kernel;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The two array operations generated code needs besides its kernels: allocating a buffer and copying
 * a caller's array into one. Kept here so that generated classes call no ND4J API directly (which
 * also keeps their compilation cheap: {@code INDArray} and {@code Nd4j} have thousands of members).
 */
public final class BufferOps {
  private BufferOps() {}

  /** A new zero-filled c-order array {@code shape} of {@code dataType}. */
  public static INDArray allocate(DataType dataType, long... shape) {
    return Nd4j.create(dataType, shape);
  }

  /** Copies {@code from} into {@code to}, which have the same shape. */
  public static void copy(INDArray from, INDArray to) {
    to.assign(from);
  }
}
