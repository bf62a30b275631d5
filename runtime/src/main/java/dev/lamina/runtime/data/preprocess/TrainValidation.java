package dev.lamina.runtime.data.preprocess;

import dev.lamina.runtime.data.array.ArrayDataset;
import java.util.Objects;

/**
 * A training set and the validation set held out of it, as {@link Split} makes them.
 *
 * @param train the examples to train on
 * @param validation the examples held out to validate on
 */
public record TrainValidation(ArrayDataset train, ArrayDataset validation) {
  /** Requires both sets. */
  public TrainValidation {
    Objects.requireNonNull(train, "train");
    Objects.requireNonNull(validation, "validation");
  }
}
