package dev.lamina.runtime.loss;

import dev.lamina.runtime.Model;
import dev.lamina.runtime.metric.Shapes;

/** The label check of losses whose labels are targets shaped like the output (binary cross-entropy, MSE). */
final class Targets {
  private Targets() {}

  /**
   * @param loss the loss's name, for the message
   * @param labelShape one example's labels
   * @throws IllegalArgumentException if {@code labelShape} is not the model's output shape
   */
  static void requireOutputShape(String loss, Model model, int[] labelShape) {
    int[] outputShape = model.outputShape();
    if (!Shapes.dense(outputShape, labelShape)) {
      throw new IllegalArgumentException(loss + " takes targets of the output's shape " + Shapes.format(outputShape)
          + " (network " + model.name() + "), but the labels have shape " + Shapes.format(labelShape));
    }
  }
}
