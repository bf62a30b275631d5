package dev.lamina.processor.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the layer rows back out of a summary table as the processor prints it. */
public final class SummaryRows {
  private static final Pattern ROW = Pattern.compile(
      "^ (\\w+) \\((\\w+)\\) +\\(None((?:, \\d+)+)\\) +(\\d+) +([\\d,]+)$", Pattern.MULTILINE);
  private static final Pattern TOTAL = Pattern.compile("^Total params: ([\\d,]+) ", Pattern.MULTILINE);

  /**
   * One row.
   *
   * @param name the layer's name
   * @param type its Keras type
   * @param shape its output shape without the batch dimension
   * @param params its parameter count
   * @param macs its multiply-accumulates per example
   */
  public record Row(String name, String type, List<Integer> shape, long params, long macs) {}

  private SummaryRows() {}

  /** The rows of {@code table}, in order. */
  public static List<Row> parse(String table) {
    List<Row> rows = new ArrayList<>();
    Matcher m = ROW.matcher(table);
    while (m.find()) {
      List<Integer> shape = Arrays.stream(m.group(3).substring(2).split(", ")).map(Integer::valueOf).toList();
      rows.add(new Row(m.group(1), m.group(2), shape, Long.parseLong(m.group(4)),
          Long.parseLong(m.group(5).replace(",", ""))));
    }
    return rows;
  }

  /** The {@code Total params} figure of {@code table}. */
  public static long total(String table) {
    Matcher m = TOTAL.matcher(table);
    if (!m.find()) {
      throw new AssertionError("no total in\n" + table);
    }
    return Long.parseLong(m.group(1).replace(",", ""));
  }
}
