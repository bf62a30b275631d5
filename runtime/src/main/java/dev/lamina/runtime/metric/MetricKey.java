package dev.lamina.runtime.metric;

import java.util.Objects;

/**
 * The name of a figure in the logs of an epoch, as Keras logs it: {@code loss}, {@code accuracy},
 * and for the validation data {@code val_loss}, {@code val_accuracy}. Callbacks refer to what they
 * monitor with a key ({@link #VAL_LOSS}, {@code Metrics.accuracy().key().toValidation()}), never with
 * a free string.
 *
 * @param metric the metric's name without the {@code val_} prefix, as Keras names it
 * @param direction whether smaller or larger values are better (what {@code Mode.AUTO} uses)
 * @param validation whether the value is computed on the validation data
 */
public record MetricKey(String metric, Direction direction, boolean validation) {

  /** The training loss, {@code loss}. */
  public static final MetricKey LOSS = new MetricKey("loss", Direction.DOWN, false);
  /** The validation loss, {@code val_loss} (what Keras's callbacks monitor by default). */
  public static final MetricKey VAL_LOSS = LOSS.toValidation();
  /** The training accuracy, {@code accuracy}. */
  public static final MetricKey ACCURACY = new MetricKey("accuracy", Direction.UP, false);
  /** The validation accuracy, {@code val_accuracy}. */
  public static final MetricKey VAL_ACCURACY = ACCURACY.toValidation();

  /**
   * @throws NullPointerException if metric or direction is null
   * @throws IllegalArgumentException if metric is blank or starts with {@code val_} (use
   *     {@code validation = true} instead)
   */
  public MetricKey {
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(direction, "direction");
    if (metric.isBlank() || metric.startsWith("val_")) {
      throw new IllegalArgumentException("a metric name must be non-blank and without the val_ prefix, got '"
          + metric + "'; use new MetricKey(name, direction, true) for a validation figure");
    }
  }

  /** The same metric computed on the validation data. */
  public MetricKey toValidation() {
    return new MetricKey(metric, direction, true);
  }

  /** The same metric computed on the training data. */
  public MetricKey toTraining() {
    return new MetricKey(metric, direction, false);
  }

  /** The name in logs, History and CSV columns: {@code metric} or {@code val_metric}. */
  public String logName() {
    return validation ? "val_" + metric : metric;
  }

  @Override
  public String toString() {
    return logName();
  }
}
