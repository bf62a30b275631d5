package dev.lamina.runtime.metric;

/** The metrics Lamina computes, under Keras's names. */
public final class Metrics {
  private Metrics() {}

  /**
   * {@code accuracy}: sparse categorical, categorical or binary accuracy, chosen from the output and
   * label shapes as Keras does for {@code metrics=["accuracy"]}.
   */
  public static Metric accuracy() {
    return new Accuracy();
  }

  /** {@code sparse_categorical_accuracy}: argmax of the output equals the class index. */
  public static Metric sparseCategoricalAccuracy() {
    return new CategoricalAccuracy("sparse_categorical_accuracy", true);
  }

  /** {@code categorical_accuracy}: argmax of the output equals argmax of the one-hot label. */
  public static Metric categoricalAccuracy() {
    return new CategoricalAccuracy("categorical_accuracy", false);
  }

  /** {@code binary_accuracy} with Keras's threshold 0.5. */
  public static Metric binaryAccuracy() {
    return binaryAccuracy(0.5);
  }

  /**
   * {@code binary_accuracy}: {@code output > threshold} agrees with the 0/1 label, per element.
   *
   * @throws IllegalArgumentException if threshold is not in (0, 1)
   */
  public static Metric binaryAccuracy(double threshold) {
    return new BinaryAccuracy("binary_accuracy", threshold);
  }

  /**
   * {@code sparse_top_k_categorical_accuracy} (Keras's default k is 5): the class index is among the
   * k highest outputs.
   *
   * @throws IllegalArgumentException if k < 1
   */
  public static Metric sparseTopKCategoricalAccuracy(int k) {
    return new TopKAccuracy(k, true);
  }

  /**
   * {@code top_k_categorical_accuracy}: the one-hot label's class is among the k highest outputs.
   *
   * @throws IllegalArgumentException if k < 1
   */
  public static Metric topKCategoricalAccuracy(int k) {
    return new TopKAccuracy(k, false);
  }

  /**
   * {@code mean_io_u}: intersection over union per class of a per-pixel softmax output, averaged
   * over the classes present.
   *
   * @param classes the number of classes, the output's last axis
   * @throws IllegalArgumentException if classes < 2
   */
  public static Metric meanIoU(int classes) {
    return new MeanIoU(classes);
  }

  /** {@code binary_io_u}: IoU of sigmoid masks thresholded at 0.5, averaged over background and foreground. */
  public static Metric binaryIoU() {
    return new BinaryIoU(0.5);
  }
}
