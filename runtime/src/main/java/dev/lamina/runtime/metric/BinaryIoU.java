package dev.lamina.runtime.metric;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Intersection over union of binary masks, averaged over the two classes (background and
 * foreground), Keras's {@code BinaryIoU(target_class_ids=(0, 1), threshold=0.5)}: an output counts
 * as foreground when {@code >= threshold}, a label when {@code >= 0.5}.
 */
final class BinaryIoU implements Metric {
  private final double threshold;

  BinaryIoU(double threshold) {
    if (!(threshold > 0 && threshold < 1)) {
      throw new IllegalArgumentException("the binary IoU threshold must be in (0, 1), got " + threshold);
    }
    this.threshold = threshold;
  }

  @Override
  public String name() {
    return "binary_io_u";
  }

  @Override
  public Direction direction() {
    return Direction.UP;
  }

  @Override
  public MetricAccumulator accumulator(int[] outputShape, int[] labelShape) {
    if (!Shapes.dense(outputShape, labelShape)) {
      throw new IllegalArgumentException("binary_io_u compares masks, so labels must have the output's shape "
          + Shapes.format(outputShape) + ", but they have shape " + Shapes.format(labelShape));
    }
    return new ConfusionAccumulator(2) {
      private final DenseValues outputs = new DenseValues();
      private final DenseValues targets = new DenseValues();

      @Override
      public void update(INDArray output, INDArray labels) {
        int n = Math.toIntExact(output.length());
        double[] o = outputs.read(output);
        double[] y = targets.read(labels);
        for (int i = 0; i < n; i++) {
          add(y[i] >= 0.5 ? 1 : 0, o[i] >= threshold ? 1 : 0);
        }
      }
    };
  }
}
