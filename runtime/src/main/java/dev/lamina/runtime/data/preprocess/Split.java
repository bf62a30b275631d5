package dev.lamina.runtime.data.preprocess;

import dev.lamina.runtime.data.array.ArrayDataset;

/**
 * Holds out a validation set from a training set, as contiguous examples so that the split is the
 * same on every run (shuffle batches, not the split). The Keras tutorial's split is
 * {@code Split.first(5000)}: {@code x_valid, x_train = x_train_all[:5000], x_train_all[5000:]}.
 * Nothing is copied: both parts are slices of the original.
 */
public final class Split {
  private final int count;
  private final boolean first;

  private Split(int count, boolean first) {
    if (count < 1) {
      throw new IllegalArgumentException("a validation set needs at least 1 example, got " + count);
    }
    this.count = count;
    this.first = first;
  }

  /**
   * Validation = the first {@code count} examples, training = the rest.
   *
   * @throws IllegalArgumentException if {@code count} is not positive
   */
  public static Split first(int count) {
    return new Split(count, true);
  }

  /**
   * Validation = the last {@code count} examples, training = the rest (Keras's
   * {@code validation_split}, which takes the end of the data).
   *
   * @throws IllegalArgumentException if {@code count} is not positive
   */
  public static Split last(int count) {
    return new Split(count, false);
  }

  /**
   * Splits {@code data}.
   *
   * @throws IllegalArgumentException if {@code data} has no more than {@code count} examples (the
   *     training part would be empty)
   */
  public TrainValidation of(ArrayDataset data) {
    int size = data.size();
    if (count >= size) {
      throw new IllegalArgumentException("cannot hold out " + count + " of " + size
          + " examples for validation: nothing would be left to train on");
    }
    return first
        ? new TrainValidation(data.slice(count, size), data.slice(0, count))
        : new TrainValidation(data.slice(0, size - count), data.slice(size - count, size));
  }

  @Override
  public String toString() {
    return "Split." + (first ? "first(" : "last(") + count + ")";
  }
}
