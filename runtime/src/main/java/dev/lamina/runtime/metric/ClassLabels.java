package dev.lamina.runtime.metric;

import org.nd4j.linalg.api.ndarray.INDArray;

/** Reads class indices (sparse labels) and checks that each is an integer in {@code [0, classes)}. */
public final class ClassLabels {
  private ClassLabels() {}

  /**
   * The class index at flat position {@code row} of {@code labels}.
   *
   * @param labels class indices, {@code [batch]} or {@code [batch, height, width]}, any numeric type
   * @param row the flat (row-major) position
   * @param classes the number of classes of the output
   * @throws IllegalArgumentException if the value is not an integer in {@code [0, classes)}; the
   *     message gives the value, the position and the valid range
   */
  public static int classAt(INDArray labels, long row, int classes) {
    double v = labels.getDouble(row);
    if (v < 0 || v >= classes || v != Math.rint(v)) {
      throw new IllegalArgumentException("label " + (v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v))
          + " at position " + row + " of the batch is not a class index: the output has " + classes
          + " classes, so labels must be integers 0.." + (classes - 1));
    }
    return (int) v;
  }

  /** The index of the largest of {@code classes} values starting at flat position {@code start} (first on ties). */
  public static int argmax(INDArray values, long start, int classes) {
    int best = 0;
    double max = values.getDouble(start);
    for (int c = 1; c < classes; c++) {
      double v = values.getDouble(start + c);
      if (v > max) {
        max = v;
        best = c;
      }
    }
    return best;
  }
}
