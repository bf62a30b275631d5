package dev.lamina.bench.latency;

import java.util.List;
import java.util.Locale;

/** The latency figures as a Markdown table, with Lamina's p50 relative to ONNX Runtime's per row group. */
final class LatencyTable {
  private LatencyTable() {}

  static String markdown(List<LatencyFigures> rows, List<String> notes, int cpus) {
    StringBuilder md = new StringBuilder("# Inference latency\n\n")
        .append(String.format(Locale.ROOT, "%d CPUs. Latency of one call (p50, p99) and throughput of all calling"
            + " threads together.%n%n", cpus))
        .append("| network | batch | threads | engine | p50 (us) | p99 (us) | images/s | p50 vs ONNX Runtime |\n")
        .append("| --- | ---: | ---: | --- | ---: | ---: | ---: | ---: |\n");
    for (LatencyFigures f : rows) {
      double ort = rows.stream().filter(o -> o.engine().equals("ONNX Runtime") && o.network().equals(f.network())
          && o.batch() == f.batch() && o.threads() == f.threads()).mapToDouble(LatencyFigures::p50Micros)
          .findFirst().orElse(Double.NaN);
      md.append(String.format(Locale.ROOT, "| %s | %d | %d | %s | %.1f | %.1f | %.0f | %.2fx |%n", f.network(),
          f.batch(), f.threads(), f.engine(), f.p50Micros(), f.p99Micros(), f.imagesPerSecond(), f.p50Micros() / ort));
    }
    md.append('\n');
    for (String note : notes) {
      md.append("- ").append(note).append('\n');
    }
    return md.toString();
  }
}
