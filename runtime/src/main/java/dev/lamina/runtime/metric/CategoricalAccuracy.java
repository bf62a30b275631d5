package dev.lamina.runtime.metric;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * How often the highest-scoring class is the labelled one: {@code argmax(output) == label}, with
 * sparse labels (class indices; Keras's {@code sparse_categorical_accuracy}) or one-hot labels
 * ({@code argmax(labels)}; Keras's {@code categorical_accuracy}). Averaged over rows: examples, or
 * pixels of a per-pixel softmax output.
 */
final class CategoricalAccuracy implements Metric {
  private final String name;
  private final boolean sparse;

  CategoricalAccuracy(String name, boolean sparse) {
    this.name = name;
    this.sparse = sparse;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Direction direction() {
    return Direction.UP;
  }

  @Override
  public MetricAccumulator accumulator(int[] outputShape, int[] labelShape) {
    boolean fits = sparse ? Shapes.sparse(outputShape, labelShape) : Shapes.dense(outputShape, labelShape);
    if (!fits) {
      throw new IllegalArgumentException(name + " needs " + (sparse ? "class indices" : "one-hot labels")
          + " for outputs of shape " + Shapes.format(outputShape) + " (label shape "
          + Shapes.format(sparse ? java.util.Arrays.copyOf(outputShape, outputShape.length - 1) : outputShape)
          + "), but the labels have shape " + Shapes.format(labelShape) + "; use Metrics."
          + (sparse ? "categoricalAccuracy()" : "sparseCategoricalAccuracy()") + " or Metrics.accuracy()");
    }
    int classes = Shapes.classes(outputShape);
    return new MeanAccumulator() {
      @Override
      public void update(INDArray output, INDArray labels) {
        long rows = output.length() / classes;
        long hits = 0;
        for (long r = 0; r < rows; r++) {
          int truth = sparse ? ClassLabels.classAt(labels, r, classes) : ClassLabels.argmax(labels, r * classes, classes);
          if (ClassLabels.argmax(output, r * classes, classes) == truth) {
            hits++;
          }
        }
        add(hits, rows);
      }
    };
  }
}
