package dev.lamina.spark;

import dev.lamina.runtime.loss.Loss;
import java.io.Serializable;

/** Creates the loss on each executor: {@code Losses::sparseCategoricalCrossentropy}. */
@FunctionalInterface
public interface LossFactory extends Serializable {
  /** A new loss. */
  Loss create();
}
