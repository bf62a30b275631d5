package dev.lamina.keras.generate;

import java.math.BigDecimal;
import java.util.Locale;

/** Numbers as a person writes them in Java source. */
final class JavaLiterals {
  private JavaLiterals() {}

  /** {@code 0.25}, {@code 0.001}, {@code 1e-5}: the shortest text that reads back as the same double. */
  static String doubleLiteral(double value) {
    String shortest = Double.toString(value);
    if (shortest.contains("E")) {
      String[] parts = shortest.split("E");
      String mantissa = parts[0].endsWith(".0") ? parts[0].substring(0, parts[0].length() - 2) : parts[0];
      return mantissa + "e" + parts[1];
    }
    return shortest.toLowerCase(Locale.ROOT);
  }

  /** {@code 225_034}: digits grouped by three from 1,000 up, as the README writes parameter counts. */
  static String longLiteral(long value) {
    String digits = BigDecimal.valueOf(Math.abs(value)).toPlainString();
    if (digits.length() < 4) {
      return Long.toString(value);
    }
    StringBuilder sb = new StringBuilder();
    int first = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
    sb.append(digits, 0, first);
    for (int i = first; i < digits.length(); i += 3) {
      sb.append('_').append(digits, i, i + 3);
    }
    return (value < 0 ? "-" : "") + sb;
  }
}
