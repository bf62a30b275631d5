package dev.lamina.bench.report;

import java.util.ArrayList;
import java.util.List;

/** A GitHub-flavoured markdown table; the first column is left-aligned, the others right-aligned. */
final class MarkdownTable {
  private final List<String> header;
  private final List<List<String>> rows = new ArrayList<>();

  MarkdownTable(String... header) {
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
      out.append(i == 0 ? " --- |" : " ---: |");
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
