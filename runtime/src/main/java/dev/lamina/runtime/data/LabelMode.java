package dev.lamina.runtime.data;

/**
 * How class labels reach the loss, as Keras's {@code label_mode}: class indices for sparse
 * categorical cross-entropy, or one-hot rows for categorical cross-entropy.
 */
public enum LabelMode {
  /** Class indices, labels {@code [batch]} of {@code INT32} (Keras {@code label_mode="int"}). */
  INT,
  /**
   * One-hot rows, labels {@code [batch, classes]} of the features' floating-point type (Keras
   * {@code label_mode="categorical"}, {@code keras.utils.to_categorical}).
   */
  CATEGORICAL
}
