package dev.lamina.summary;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One row of a {@link ModelSummary}: a layer's name, its kind, its output shape without the batch
 * dimension, its parameter counts and its multiply-accumulates per example.
 *
 * @param name the layer's name (the declaring method's name)
 * @param type the layer's kind as Keras names it ({@code Conv2D}, {@code MaxPooling2D}, ...)
 * @param outputShape the output shape without the batch dimension, e.g. {@code {28, 28, 32}}
 * @param trainableParams parameters the optimizer updates
 * @param nonTrainableParams parameters kept but not trained (batch normalization's moving statistics)
 * @param macs multiply-accumulates for one example in the forward pass ({@link ModelSummary#TOO_LARGE} when
 *     too many for a {@code long})
 * @param connectedTo the layers it reads ({@code input} for the network input), for the table's
 *     "Connected to" column as Keras prints it for functional models; empty in a chain, whose summary
 *     has no such column
 */
public record LayerSummary(String name, String type, int[] outputShape, long trainableParams,
    long nonTrainableParams, long macs, List<String> connectedTo) {

  /** A row of a chain, without "Connected to". */
  public LayerSummary(String name, String type, int[] outputShape, long trainableParams, long nonTrainableParams,
      long macs) {
    this(name, type, outputShape, trainableParams, nonTrainableParams, macs, List.of());
  }

  /**
   * @throws NullPointerException if a name, type or shape is null
   * @throws IllegalArgumentException if a count is negative
   */
  public LayerSummary {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    outputShape = outputShape.clone();
    connectedTo = List.copyOf(connectedTo);
    if (trainableParams < 0 || nonTrainableParams < 0 || macs < 0) {
      throw new IllegalArgumentException("counts must be non-negative, got trainable=" + trainableParams
          + " nonTrainable=" + nonTrainableParams + " macs=" + macs + " for layer " + name);
    }
  }

  /** All parameters: trainable plus non-trainable. */
  public long params() {
    long sum = trainableParams + nonTrainableParams;
    return sum < 0 ? ModelSummary.TOO_LARGE : sum;
  }

  /** The output shape as a copy. */
  @Override
  public int[] outputShape() {
    return outputShape.clone();
  }

  /** The output shape as Keras prints it, with {@code None} for the batch: {@code (None, 28, 28, 32)}. */
  public String kerasShape() {
    StringBuilder sb = new StringBuilder("(None");
    for (int d : outputShape) {
      sb.append(", ").append(d);
    }
    return sb.append(')').toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LayerSummary other
        && name.equals(other.name)
        && type.equals(other.type)
        && Arrays.equals(outputShape, other.outputShape)
        && trainableParams == other.trainableParams
        && nonTrainableParams == other.nonTrainableParams
        && macs == other.macs
        && connectedTo.equals(other.connectedTo);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, type, Arrays.hashCode(outputShape), trainableParams, nonTrainableParams, macs,
        connectedTo);
  }

  @Override
  public String toString() {
    return name + " (" + type + ") " + kerasShape() + " params=" + params() + " macs=" + macs;
  }
}
