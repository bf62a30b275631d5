package dev.lamina.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComparisonCsvTest {
  private static List<String> lines() {
    return Arrays.asList(ComparisonCsv.format(ComparisonTest.example()).split("\r\n"));
  }

  private static String field(String line, String column) {
    return fields(line).get(ComparisonCsv.HEADER.indexOf(column));
  }

  /** Splits a CSV line, honouring quoted fields (no line breaks inside them here). */
  private static List<String> fields(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
        field.append('"');
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields;
  }

  @Test
  void oneRowPerWorkloadUnderTheHeader() {
    List<String> lines = lines();
    assertEquals(String.join(",", ComparisonCsv.HEADER), lines.get(0));
    assertEquals(5, lines.size());
    lines.forEach(l -> assertEquals(ComparisonCsv.HEADER.size(), fields(l).size(), l));
  }

  @Test
  void systemColumnsAndRatios() {
    String b32 = lines().get(1);
    assertEquals("cnn_train_b32", field(b32, "workload"));
    assertEquals("2000.0", field(b32, "lamina"));
    assertEquals("1000.0", field(b32, "pytorch"));
    assertEquals("80.0", field(b32, "dl4j"));
    assertEquals("2.000", field(b32, "ratio_vs_pytorch"));
    assertEquals("25.000", field(b32, "ratio_vs_dl4j"));
    assertEquals("3", field(b32, "pytorch_runs"));
  }

  @Test
  void laminaDetails() {
    String b32 = lines().get(1);
    assertEquals("16.00", field(b32, "lamina_ms_per_step"));
    assertEquals("27.5", field(b32, "lamina_epoch_s_derived"));
    // 2000 samples/s x 6 x 29,275,904 FLOPs = 351.3 GFLOP/s, against the 200 GFLOP/s ceiling
    assertEquals("351.3", field(b32, "lamina_gflops"));
    assertEquals("175.7", field(b32, "lamina_pct_of_sgemm_ceiling"));
    assertEquals("1000", field(b32, "lamina_heap_bytes_per_step"));
    assertEquals("2.0", field(b32, "lamina_nd4j_objects_per_step"));
    assertEquals("1.0", field(b32, "lamina_rss_growth_mib"));
    assertEquals("1024.0", field(b32, "lamina_peak_rss_mib"));
    assertEquals("2", field(b32, "lamina_threads"));
    assertEquals("17.0.15", field(b32, "java"));
  }

  @Test
  void aWorkloadOnlyAPeerMeasuredLeavesLaminasFieldsEmptyButNamesTheMachine() {
    String separable = lines().get(4);
    assertEquals("separable_train_b32", field(separable, "workload"));
    assertEquals("", field(separable, "lamina"));
    assertEquals("1500.0", field(separable, "pytorch"));
    assertEquals("", field(separable, "ratio_vs_pytorch"));
    assertEquals("", field(separable, "lamina_gflops"));
    assertEquals("2", field(separable, "cores"));
  }

  @Test
  void theCpuNameIsQuotedBecauseItHoldsAComma() {
    assertEquals("Test CPU, 2 cores", field(lines().get(1), "cpu"));
    assertTrue(lines().get(1).contains(",\"Test CPU, 2 cores\","));
  }
}
