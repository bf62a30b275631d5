package dev.lamina.bench.report;

import java.util.Locale;
import java.util.OptionalDouble;

/** Number formats of the reports: fixed decimals with a dot, whatever the default locale. */
final class Format {
  private Format() {}

  /** {@code value} with {@code decimals} decimals. */
  static String fixed(double value, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f", value);
  }

  /** {@code value} with {@code decimals} decimals, or {@code empty} if absent. */
  static String fixed(OptionalDouble value, int decimals, String empty) {
    return value.isPresent() ? fixed(value.getAsDouble(), decimals) : empty;
  }

  /** Bytes as MiB with one decimal. */
  static String mebibytes(double bytes) {
    return fixed(bytes / (1024.0 * 1024.0), 1);
  }

  /** A ratio for markdown, e.g. {@code 1.25x}, or {@code –} if absent. */
  static String ratio(OptionalDouble ratio) {
    return ratio.isPresent() ? fixed(ratio.getAsDouble(), 2) + "x" : "–";
  }
}
