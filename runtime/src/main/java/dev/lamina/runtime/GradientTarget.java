package dev.lamina.runtime;

/** Where a loss gradient passed to {@link Model#backward} is taken. */
public enum GradientTarget {
  /** With respect to the network's output, after the last layer's activation. */
  OUTPUT,
  /**
   * With respect to the last layer's values before its activation (the logits). A loss fused with
   * the output activation uses this: softmax with categorical cross-entropy and sigmoid with binary
   * cross-entropy both have the gradient {@code (p - y) / batch} here.
   */
  LOGITS
}
