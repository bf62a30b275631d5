package dev.lamina.runtime.predict;

import java.util.List;

/**
 * What a classifier predicts for one example.
 *
 * @param probabilities one per class, {@code [units]}: the network's output when it ends in softmax or
 *     sigmoid, else the softmax of its output (taken as logits)
 * @param top the {@code k} most probable classes, most probable first (ties: the lower index first)
 */
public record Classification(float[] probabilities, List<ClassScore> top) {
  public Classification {
    probabilities = probabilities.clone();
    top = List.copyOf(top);
  }

  /** The most probable class. */
  public ClassScore best() {
    return top.get(0);
  }

  @Override
  public float[] probabilities() {
    return probabilities.clone();
  }
}
