package dev.lamina.bench.measure;

import java.util.Arrays;
import java.util.Collection;

/** Order statistics of repeated measurements. */
public final class Stats {
  private Stats() {}

  /**
   * The median: the middle value, or the mean of the two middle values of an even count.
   *
   * @throws IllegalArgumentException if {@code values} is empty
   */
  public static double median(Collection<Double> values) {
    double[] sorted = sorted(values);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  /** @throws IllegalArgumentException if {@code values} is empty */
  public static double min(Collection<Double> values) {
    return sorted(values)[0];
  }

  /** @throws IllegalArgumentException if {@code values} is empty */
  public static double max(Collection<Double> values) {
    double[] sorted = sorted(values);
    return sorted[sorted.length - 1];
  }

  private static double[] sorted(Collection<Double> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("no measurements to summarize");
    }
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(sorted);
    return sorted;
  }
}
