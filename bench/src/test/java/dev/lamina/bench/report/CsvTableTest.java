package dev.lamina.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTableTest {
  @Test
  void writesHeaderAndRowsWithCrlf() {
    String csv = new CsvTable(List.of("a", "b")).add(List.of("1", "")).add(List.of("x", "2.5")).format();
    assertEquals("a,b\r\n1,\r\nx,2.5\r\n", csv);
  }

  @Test
  void quotesFieldsWithCommasQuotesAndLineBreaks() {
    assertEquals("plain", CsvTable.quote("plain"));
    assertEquals("\"AMD EPYC, 2 cores\"", CsvTable.quote("AMD EPYC, 2 cores"));
    assertEquals("\"say \"\"hi\"\"\"", CsvTable.quote("say \"hi\""));
    assertEquals("\"two\nlines\"", CsvTable.quote("two\nlines"));
  }

  @Test
  void aRowOfAnotherWidthIsRejected() {
    CsvTable table = new CsvTable(List.of("a", "b"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> table.add(List.of("1")));
    assertEquals("a CSV row has 1 fields, the header 2: [1]", e.getMessage());
  }
}
