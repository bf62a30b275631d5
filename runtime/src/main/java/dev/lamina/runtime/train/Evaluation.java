package dev.lamina.runtime.train;

import dev.lamina.runtime.metric.Logs;
import dev.lamina.runtime.metric.MetricKey;
import java.util.Objects;

/**
 * The result of {@link Trainer#evaluate}: the mean loss and metrics over a data set, what Keras's
 * {@code model.evaluate} returns.
 *
 * @param logs {@code loss} and each metric, in compile order
 */
public record Evaluation(Logs logs) {
  public Evaluation {
    Objects.requireNonNull(logs, "logs");
  }

  /** The mean loss. */
  public double loss() {
    return logs.get(MetricKey.LOSS);
  }

  /**
   * A metric's value.
   *
   * @throws IllegalArgumentException if the trainer has no such metric
   */
  public double get(MetricKey key) {
    return logs.get(key);
  }

  /** {@code loss: 0.2660 - accuracy: 0.9180}. */
  @Override
  public String toString() {
    return logs.toString();
  }
}
