package dev.lamina.runtime.metric;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * How often {@code output > threshold} agrees with the 0/1 label, over every element (Keras's
 * {@code binary_accuracy}: per-pixel for masks). A label counts as 1 when it is above the threshold
 * too, so soft labels from resized masks are read as the nearest class.
 */
final class BinaryAccuracy implements Metric {
  private final String name;
  private final double threshold;

  BinaryAccuracy(String name, double threshold) {
    if (!(threshold > 0 && threshold < 1)) {
      throw new IllegalArgumentException("the binary accuracy threshold must be in (0, 1), got " + threshold);
    }
    this.name = name;
    this.threshold = threshold;
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
    if (!Shapes.dense(outputShape, labelShape)) {
      throw new IllegalArgumentException(name + " compares each output value with a 0/1 label, so labels must have"
          + " the output's shape " + Shapes.format(outputShape) + ", but they have shape " + Shapes.format(labelShape));
    }
    return new MeanAccumulator() {
      private final DenseValues outputs = new DenseValues();
      private final DenseValues targets = new DenseValues();

      @Override
      public void update(INDArray output, INDArray labels) {
        int n = Math.toIntExact(output.length());
        double[] o = outputs.read(output);
        double[] y = targets.read(labels);
        long hits = 0;
        for (int i = 0; i < n; i++) {
          if ((o[i] > threshold) == (y[i] > threshold)) {
            hits++;
          }
        }
        add(hits, n);
      }
    };
  }
}
