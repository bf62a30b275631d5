package dev.lamina.runtime.callback;

import dev.lamina.runtime.metric.Logs;
import dev.lamina.runtime.metric.MetricKey;
import java.util.Objects;

/** A monitored figure, its direction and minimum change: the comparison Keras's callbacks share. */
final class Monitor {
  private final MetricKey key;
  private final boolean maximize;
  private final double minDelta;

  Monitor(MetricKey key, Mode mode, double minDelta) {
    this.key = Objects.requireNonNull(key, "monitor");
    this.maximize = Objects.requireNonNull(mode, "mode").maximizes(key);
    if (!(minDelta >= 0) || Double.isInfinite(minDelta)) {
      throw new IllegalArgumentException("minDelta must be a finite number >= 0, got " + minDelta);
    }
    this.minDelta = minDelta;
  }

  MetricKey key() {
    return key;
  }

  /** The worst possible value: the starting "best". */
  double worst() {
    return maximize ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
  }

  /**
   * Whether {@code current} beats {@code reference} by more than minDelta (Keras's
   * {@code monitor_op(current - min_delta, reference)}, min_delta negated in min mode). NaN never
   * improves.
   */
  boolean improves(double current, double reference) {
    return maximize ? current - minDelta > reference : current + minDelta < reference;
  }

  /**
   * Fails fast when the epoch logs will not hold the monitored figure.
   *
   * @throws IllegalArgumentException naming the callback, the figure and the figures there will be
   */
  void checkAvailable(String callback, TrainingContext context) {
    if (!context.epochKeys().contains(key)) {
      throw new IllegalArgumentException(callback + " monitors " + key.logName() + " but the epochs will log "
          + context.epochKeys().stream().map(MetricKey::logName).toList()
          + (key.validation() ? "; add validation data to the fit configuration or monitor a training figure"
              : "; add the metric to the trainer or monitor another figure"));
    }
  }

  /** The monitored value in {@code logs}. */
  double valueIn(Logs logs) {
    return logs.get(key);
  }
}
