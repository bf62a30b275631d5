package dev.lamina.bench.report;

import java.util.ArrayList;
import java.util.List;

/** A GitHub-flavoured markdown table: text columns left-aligned, then number columns right-aligned. */
final class MarkdownTable {
  private final int textColumns;
  private final List<String> header;
  private final List<List<String>> rows = new ArrayList<>();

  /** A table whose first column holds text, the others numbers. */
  MarkdownTable(String... header) {
    this(1, header);
  }

  /** A table whose first {@code textColumns} columns hold text, the others numbers. */
  MarkdownTable(int textColumns, String... header) {
    this.textColumns = textColumns;
    this.header = List.of(header);
  }

  /** @throws IllegalArgumentException if the row has another number of cells than the header */
  MarkdownTable add(String... cells) {
    if (cells.length != header.size()) {
      throw new IllegalArgumentException("a table row has " + cells.length + " cells, the header " + header.size());
    }
    rows.add(List.of(cells));
    return this;
  }

  boolean isEmpty() {
    return rows.isEmpty();
  }

  String format() {
    StringBuilder out = new StringBuilder();
    line(out, header);
    out.append('|');
    for (int i = 0; i < header.size(); i++) {
      out.append(i < textColumns ? " --- |" : " ---: |");
    }
    out.append('\n');
    rows.forEach(r -> line(out, r));
    return out.toString();
  }

  private static void line(StringBuilder out, List<String> cells) {
    out.append('|');
    for (String cell : cells) {
      out.append(' ').append(cell.replace("|", "\\|")).append(" |");
    }
    out.append('\n');
  }
}
