package dev.lamina.runtime.loss;

/** The losses Lamina trains with, under Keras's names and with Keras's numerics. */
public final class Losses {
  private Losses() {}

  /**
   * {@code sparse_categorical_crossentropy} on softmax probabilities: integer class labels
   * ({@code INT32 [batch]}), the tutorial's loss. The gradient is fused with the softmax.
   */
  public static Loss sparseCategoricalCrossentropy() {
    return new SparseCategoricalCrossentropy(false);
  }

  /**
   * {@code sparse_categorical_crossentropy}; with {@code fromLogits} the network's last layer is
   * LINEAR and the loss applies a stable log-softmax (Keras's {@code from_logits=True}).
   */
  public static Loss sparseCategoricalCrossentropy(boolean fromLogits) {
    return new SparseCategoricalCrossentropy(fromLogits);
  }

  /** {@code categorical_crossentropy} on softmax probabilities with one-hot labels. */
  public static Loss categoricalCrossentropy() {
    return new CategoricalCrossentropy(false);
  }

  /** {@code categorical_crossentropy}; {@code fromLogits} as for the sparse form. */
  public static Loss categoricalCrossentropy(boolean fromLogits) {
    return new CategoricalCrossentropy(fromLogits);
  }

  /** {@code binary_crossentropy} on sigmoid probabilities, per element (per-pixel masks). */
  public static Loss binaryCrossentropy() {
    return new BinaryCrossentropy(false);
  }

  /** {@code binary_crossentropy}; with {@code fromLogits} the last layer is LINEAR. */
  public static Loss binaryCrossentropy(boolean fromLogits) {
    return new BinaryCrossentropy(fromLogits);
  }

  /** {@code mean_squared_error}, averaged over all elements. */
  public static Loss meanSquaredError() {
    return new MeanSquaredError();
  }
}
