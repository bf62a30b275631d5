package dev.lamina.runtime.loss;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A numerically stable log-softmax over the last axis, {@code z - max(z) - log(sum(exp(z - max(z))))}
 * per row, written element by element into a buffer (ND4J's {@code log_softmax} overflows for large
 * logits).
 */
final class LogSoftmax {
  private LogSoftmax() {}

  /**
   * Writes the log-softmax of each row of {@code classes} values of {@code logits} into {@code out}.
   *
   * @param logits {@code [..., classes]}
   * @param out a buffer of the same shape
   */
  static void apply(INDArray logits, INDArray out, int classes) {
    long rows = logits.length() / classes;
    for (long r = 0; r < rows; r++) {
      long base = r * classes;
      double max = Double.NEGATIVE_INFINITY;
      for (int c = 0; c < classes; c++) {
        max = Math.max(max, logits.getDouble(base + c));
      }
      double sum = 0;
      for (int c = 0; c < classes; c++) {
        sum += Math.exp(logits.getDouble(base + c) - max);
      }
      double logSum = max + Math.log(sum);
      for (int c = 0; c < classes; c++) {
        out.putScalar(base + c, logits.getDouble(base + c) - logSum);
      }
    }
  }
}
