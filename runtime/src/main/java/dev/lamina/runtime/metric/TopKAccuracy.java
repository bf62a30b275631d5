package dev.lamina.runtime.metric;

import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * How often the labelled class is among the {@code k} highest-scoring: Keras's
 * {@code sparse_top_k_categorical_accuracy} (class indices) and {@code top_k_categorical_accuracy}
 * (one-hot labels). As TensorFlow's {@code in_top_k}, a class tied with the k-th score counts as in
 * the top k: the label's score must be beaten by fewer than {@code k} classes.
 */
final class TopKAccuracy implements Metric {
  private final int k;
  private final boolean sparse;

  TopKAccuracy(int k, boolean sparse) {
    if (k < 1) {
      throw new IllegalArgumentException("top-k accuracy needs k >= 1, got " + k);
    }
    this.k = k;
    this.sparse = sparse;
  }

  @Override
  public String name() {
    return sparse ? "sparse_top_k_categorical_accuracy" : "top_k_categorical_accuracy";
  }

  @Override
  public Direction direction() {
    return Direction.UP;
  }

  @Override
  public MetricAccumulator accumulator(int[] outputShape, int[] labelShape) {
    boolean fits = sparse ? Shapes.sparse(outputShape, labelShape) : Shapes.dense(outputShape, labelShape);
    if (!fits) {
      throw new IllegalArgumentException(name() + " needs " + (sparse ? "class indices (label shape "
          + Shapes.format(Arrays.copyOf(outputShape, outputShape.length - 1)) + ")" : "one-hot labels (label shape "
          + Shapes.format(outputShape) + ")") + " for outputs of shape " + Shapes.format(outputShape)
          + ", but the labels have shape " + Shapes.format(labelShape));
    }
    int classes = Shapes.classes(outputShape);
    return new MeanAccumulator() {
      @Override
      public void update(INDArray output, INDArray labels) {
        long rows = output.length() / classes;
        long hits = 0;
        for (long r = 0; r < rows; r++) {
          long start = r * classes;
          int truth = sparse ? ClassLabels.classAt(labels, r, classes) : ClassLabels.argmax(labels, start, classes);
          double score = output.getDouble(start + truth);
          int better = 0;
          for (int c = 0; c < classes; c++) {
            if (output.getDouble(start + c) > score) {
              better++;
            }
          }
          if (better < k) {
            hits++;
          }
        }
        add(hits, rows);
      }
    };
  }
}
