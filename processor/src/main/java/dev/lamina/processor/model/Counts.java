package dev.lamina.processor.model;

import dev.lamina.summary.ModelSummary;

/**
 * Arithmetic on counts (parameters, multiply-accumulates, bytes) that saturates at
 * {@link ModelSummary#TOO_LARGE} instead of wrapping: a count too large for a {@code long} is reported as
 * such, never as a negative number.
 */
public final class Counts {
  private Counts() {}

  /** {@code a + b} for non-negative counts, or {@link ModelSummary#TOO_LARGE}. */
  public static long add(long a, long b) {
    long sum = a + b;
    return sum < 0 || a == ModelSummary.TOO_LARGE || b == ModelSummary.TOO_LARGE ? ModelSummary.TOO_LARGE : sum;
  }

  /** {@code a * b} for non-negative counts, or {@link ModelSummary#TOO_LARGE}. */
  public static long multiply(long a, long b) {
    if (a == 0 || b == 0) {
      return 0;
    }
    return a > ModelSummary.TOO_LARGE / b ? ModelSummary.TOO_LARGE : a * b;
  }
}
