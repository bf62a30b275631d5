package dev.lamina.runtime.metric;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Mean intersection over union of a per-pixel (or per-example) classification, Keras's
 * {@code MeanIoU(num_classes, sparse_y_pred=False)}: the prediction is the highest-scoring class of
 * each row of the output's last axis, the truth a class index (sparse labels) or the largest entry
 * of a one-hot row; see {@link ConfusionAccumulator} for the average.
 */
final class MeanIoU implements Metric {
  private final int classes;

  MeanIoU(int classes) {
    if (classes < 2) {
      throw new IllegalArgumentException("mean IoU needs at least 2 classes, got " + classes
          + "; for a one-channel sigmoid mask use Metrics.binaryIoU()");
    }
    this.classes = classes;
  }

  @Override
  public String name() {
    return "mean_io_u";
  }

  @Override
  public Direction direction() {
    return Direction.UP;
  }

  @Override
  public MetricAccumulator accumulator(int[] outputShape, int[] labelShape) {
    if (Shapes.classes(outputShape) != classes) {
      throw new IllegalArgumentException("mean_io_u was created for " + classes + " classes but the output's last axis"
          + " has " + Shapes.classes(outputShape) + " (output shape " + Shapes.format(outputShape) + ")");
    }
    boolean sparse = Shapes.sparse(outputShape, labelShape);
    if (!sparse && !Shapes.dense(outputShape, labelShape)) {
      throw new IllegalArgumentException("mean_io_u needs class indices or one-hot labels for outputs of shape "
          + Shapes.format(outputShape) + ", but the labels have shape " + Shapes.format(labelShape));
    }
    return new ConfusionAccumulator(classes) {
      @Override
      public void update(INDArray output, INDArray labels) {
        long rows = output.length() / classes;
        for (long r = 0; r < rows; r++) {
          int truth = sparse ? ClassLabels.classAt(labels, r, classes) : ClassLabels.argmax(labels, r * classes, classes);
          add(truth, ClassLabels.argmax(output, r * classes, classes));
        }
      }
    };
  }
}
