package dev.lamina.runtime.metric;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * The figures of a batch, an epoch or an evaluation, in the order Keras logs them ({@code loss},
 * the metrics, then {@code val_loss} and the validation metrics). Immutable.
 */
public final class Logs {
  private static final Logs EMPTY = new Logs(Map.of());

  private final Map<MetricKey, Double> values;

  private Logs(Map<MetricKey, Double> values) {
    this.values = values;
  }

  /** No figures. */
  public static Logs empty() {
    return EMPTY;
  }

  /**
   * Logs holding {@code values} in their iteration order.
   *
   * @throws NullPointerException if a key or value is null
   */
  public static Logs of(Map<MetricKey, Double> values) {
    Map<MetricKey, Double> copy = new LinkedHashMap<>();
    values.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "key"), Objects.requireNonNull(v, "value")));
    return new Logs(Collections.unmodifiableMap(copy));
  }

  /** These figures followed by {@code more}'s (a key in both takes {@code more}'s value). */
  public Logs with(Logs more) {
    Map<MetricKey, Double> merged = new LinkedHashMap<>(values);
    merged.putAll(more.values);
    return new Logs(Collections.unmodifiableMap(merged));
  }

  /** The value under {@code key}, or empty if these logs have none. */
  public OptionalDouble find(MetricKey key) {
    Double v = values.get(key);
    return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
  }

  /**
   * The value under {@code key}.
   *
   * @throws IllegalArgumentException if there is none; the message lists the keys there are (a
   *     monitor of {@code val_loss} without validation data, a metric that was not compiled in)
   */
  public double get(MetricKey key) {
    Double v = values.get(key);
    if (v == null) {
      throw new IllegalArgumentException("no figure " + key.logName() + " in the logs; available: "
          + keys().stream().map(MetricKey::logName).collect(Collectors.joining(", "))
          + (key.validation() ? " (val_ figures need validation data in the fit configuration)" : ""));
    }
    return v;
  }

  /** The keys, in log order. */
  public List<MetricKey> keys() {
    return List.copyOf(values.keySet());
  }

  /** The figures as an unmodifiable map in log order. */
  public Map<MetricKey, Double> asMap() {
    return values;
  }

  /** Whether there are no figures. */
  public boolean isEmpty() {
    return values.isEmpty();
  }

  /**
   * Keras's progress-bar form: {@code loss: 0.4335 - accuracy: 0.8442}, four decimals, or
   * scientific notation for magnitudes up to 1e-3 (as Keras's {@code Progbar}).
   */
  @Override
  public String toString() {
    return values.entrySet().stream()
        .map(e -> e.getKey().logName() + ": " + format(e.getValue()))
        .collect(Collectors.joining(" - "));
  }

  /** A value as Keras's progress bar prints it: {@code %.4f}, or {@code %.4e} when |v| <= 1e-3. */
  public static String format(double value) {
    return Math.abs(value) > 1e-3
        ? String.format(Locale.ROOT, "%.4f", value)
        : String.format(Locale.ROOT, "%.4e", value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Logs other && values.equals(other.values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }
}
