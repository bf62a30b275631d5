package dev.lamina.runtime.data.preprocess;

import dev.lamina.runtime.data.LabelMode;
import dev.lamina.runtime.data.array.ArrayDataset;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * One-hot encoding of class indices for categorical cross-entropy, as Keras's
 * {@code keras.utils.to_categorical}: class {@code k} of {@code C} becomes a row of {@code C}
 * values, 1 at column {@code k} and 0 elsewhere.
 */
public final class OneHot {
  private OneHot() {}

  /**
   * {@code data} with labels delivered as one-hot rows, {@code [batch, classes]}. Nothing is copied:
   * rows are written as batches are made.
   *
   * @throws IllegalStateException if {@code data}'s labels are targets, not classes
   */
  public static ArrayDataset encode(ArrayDataset data) {
    return data.withLabelMode(LabelMode.CATEGORICAL);
  }

  /**
   * One-hot rows for {@code labels}.
   *
   * @return a new {@code [labels.length, classCount]} {@code FLOAT} array
   * @throws IllegalArgumentException if {@code classCount} is not positive or a label is outside
   *     {@code [0, classCount)} (the message gives its position and value)
   */
  public static INDArray encode(int[] labels, int classCount) {
    if (classCount < 1) {
      throw new IllegalArgumentException("classCount must be at least 1, got " + classCount);
    }
    float[] rows = new float[labels.length * classCount];
    for (int i = 0; i < labels.length; i++) {
      if (labels[i] < 0 || labels[i] >= classCount) {
        throw new IllegalArgumentException("label " + labels[i] + " at position " + i + " is outside [0, "
            + classCount + ")");
      }
      rows[i * classCount + labels[i]] = 1f;
    }
    return Nd4j.create(rows, new long[] {labels.length, classCount}, 'c');
  }
}
