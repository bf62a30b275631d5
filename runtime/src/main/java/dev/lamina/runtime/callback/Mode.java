package dev.lamina.runtime.callback;

import dev.lamina.runtime.metric.Direction;
import dev.lamina.runtime.metric.MetricKey;

/** Whether a monitored figure improves by decreasing or increasing (Keras's {@code mode}). */
public enum Mode {
  /** From the metric: losses decrease, accuracies and IoU increase. */
  AUTO,
  /** Improves by decreasing. */
  MIN,
  /** Improves by increasing. */
  MAX;

  /** Whether larger values of {@code key} are better under this mode. */
  public boolean maximizes(MetricKey key) {
    return switch (this) {
      case AUTO -> key.direction() == Direction.UP;
      case MIN -> false;
      case MAX -> true;
    };
  }
}
