package dev.lamina.runtime.kernel;

/**
 * How an element-wise merge layer combines its inputs (Keras's merging layers), and its Keras class
 * name.
 */
public enum MergeMode {
  /** {@code y = x0 + x1 + ...} (Keras {@code Add}). */
  ADD("Add"),
  /** {@code y = x0 - x1}, exactly two inputs (Keras {@code Subtract}). */
  SUBTRACT("Subtract"),
  /** {@code y = x0 * x1 * ...} (Keras {@code Multiply}). */
  MULTIPLY("Multiply"),
  /** {@code y = (x0 + x1 + ...) / n} (Keras {@code Average}). */
  AVERAGE("Average"),
  /**
   * {@code y = max(x0, x1, ...)} (Keras {@code Maximum}); the gradient of each element goes to the
   * first input that holds the maximum.
   */
  MAXIMUM("Maximum");

  private final String kerasType;

  MergeMode(String kerasType) {
    this.kerasType = kerasType;
  }

  /** The Keras layer class: {@code Add}, {@code Subtract}, {@code Multiply}, {@code Average}, {@code Maximum}. */
  public String kerasType() {
    return kerasType;
  }
}
