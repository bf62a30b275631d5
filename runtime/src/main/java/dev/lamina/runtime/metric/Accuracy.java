package dev.lamina.runtime.metric;

/**
 * Keras's {@code metrics=["accuracy"]}: logged as {@code accuracy}, computed as sparse categorical
 * accuracy for class-index labels, binary accuracy (threshold 0.5) when the output has one channel
 * and labels its shape, and categorical accuracy for one-hot labels, chosen from the shapes as
 * Keras chooses from the loss and shapes.
 */
final class Accuracy implements Metric {

  @Override
  public String name() {
    return "accuracy";
  }

  @Override
  public Direction direction() {
    return Direction.UP;
  }

  @Override
  public MetricAccumulator accumulator(int[] outputShape, int[] labelShape) {
    if (Shapes.sparse(outputShape, labelShape)) {
      return new CategoricalAccuracy(name(), true).accumulator(outputShape, labelShape);
    }
    if (Shapes.dense(outputShape, labelShape)) {
      return Shapes.classes(outputShape) == 1
          ? new BinaryAccuracy(name(), 0.5).accumulator(outputShape, labelShape)
          : new CategoricalAccuracy(name(), false).accumulator(outputShape, labelShape);
    }
    throw new IllegalArgumentException("accuracy cannot compare outputs of shape " + Shapes.format(outputShape)
        + " with labels of shape " + Shapes.format(labelShape) + ": labels must be class indices (shape "
        + Shapes.format(java.util.Arrays.copyOf(outputShape, Math.max(0, outputShape.length - 1)))
        + ") or have the output's shape");
  }
}
