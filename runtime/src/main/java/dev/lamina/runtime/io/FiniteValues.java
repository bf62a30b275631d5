package dev.lamina.runtime.io;

import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Refuses arrays holding NaN or an infinity, which no trained network's state should contain. */
final class FiniteValues {
  private FiniteValues() {}

  /**
   * @param name what to call the array in the message (a checkpoint entry)
   * @throws CheckpointFormatException naming the array, the first non-finite value and its index
   *     (per dimension, and flat in C order) if a floating-point array holds NaN or an infinity
   */
  static void require(INDArray array, String name) throws CheckpointFormatException {
    if (!array.dataType().isFPType() || array.isEmpty()) {
      return;
    }
    double[] values = array.reshape('c', new long[] {array.length()}).toDoubleVector();
    for (int i = 0; i < values.length; i++) {
      if (!Double.isFinite(values[i])) {
        throw new CheckpointFormatException(name + " holds " + values[i] + " at index "
            + Arrays.toString(index(array.shape(), i)) + " (flat index " + i + "); a checkpoint must hold finite"
            + " values only");
      }
    }
  }

  /** The C-order multi-index of flat position {@code flat} in {@code shape}. */
  private static long[] index(long[] shape, long flat) {
    long[] index = new long[shape.length];
    for (int d = shape.length - 1; d >= 0; d--) {
      index[d] = flat % shape[d];
      flat /= shape[d];
    }
    return index;
  }
}
