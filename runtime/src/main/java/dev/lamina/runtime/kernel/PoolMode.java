package dev.lamina.runtime.kernel;

/** What a pooling window computes. */
public enum PoolMode {
  /** The window's maximum (Keras {@code MaxPooling2D}); the gradient goes to the arg-max. */
  MAX,
  /**
   * The window's mean (Keras {@code AveragePooling2D}); with SAME padding, padded cells are not
   * counted, as in TensorFlow.
   */
  AVG
}
