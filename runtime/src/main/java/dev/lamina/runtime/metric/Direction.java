package dev.lamina.runtime.metric;

/** Whether smaller or larger values of a metric are better (Keras's metric {@code _direction}). */
public enum Direction {
  /** Smaller is better: losses, error rates. */
  DOWN,
  /** Larger is better: accuracies, IoU. */
  UP
}
