package dev.lamina.bench.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A table written as RFC 4180 CSV: a header line, then one line per row, fields separated by commas;
 * a field holding a comma, quote or line break is quoted, its quotes doubled. Lines end with CRLF as
 * the RFC says.
 */
public final class CsvTable {
  private final List<String> header;
  private final List<List<String>> rows = new ArrayList<>();

  /** A table with these column names. */
  public CsvTable(List<String> header) {
    if (header.isEmpty()) {
      throw new IllegalArgumentException("a CSV table needs at least one column");
    }
    this.header = List.copyOf(header);
  }

  /**
   * Adds a row.
   *
   * @throws IllegalArgumentException if it has another number of fields than the header
   */
  public CsvTable add(List<String> row) {
    if (row.size() != header.size()) {
      throw new IllegalArgumentException("a CSV row has " + row.size() + " fields, the header " + header.size()
          + ": " + row);
    }
    rows.add(List.copyOf(row));
    return this;
  }

  /** The CSV text. */
  public String format() {
    StringBuilder out = new StringBuilder();
    line(out, header);
    rows.forEach(r -> line(out, r));
    return out.toString();
  }

  private static void line(StringBuilder out, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(quote(fields.get(i)));
    }
    out.append("\r\n");
  }

  /** The field as CSV: as is, or quoted when it holds a comma, quote, CR or LF. */
  static String quote(String field) {
    if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
      return field;
    }
    return '"' + field.replace("\"", "\"\"") + '"';
  }
}
