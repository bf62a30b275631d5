package dev.lamina.bench.report;

import dev.lamina.bench.measure.WindowFigures;
import dev.lamina.bench.result.NetworkRun;
import dev.lamina.bench.result.WorkloadResult;
import dev.lamina.bench.workload.Framework;
import dev.lamina.bench.workload.WorkloadKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The comparison as CSV: one row per workload; a samples/s column per system ({@code lamina},
 * {@code pytorch}, {@code dl4j}); {@code ratio_vs_pytorch} and {@code ratio_vs_dl4j} (Lamina's rate
 * over the peer's, above 1 when Lamina is faster); Lamina's details; and the machine. An empty field
 * means not measured.
 */
public final class ComparisonCsv {
  /** The columns, in order. */
  public static final List<String> HEADER = List.of("workload", "network", "kind", "batch", "lamina", "pytorch", "dl4j",
      "ratio_vs_pytorch", "ratio_vs_dl4j", "lamina_ms_per_step", "lamina_epoch_s_derived", "lamina_gflops",
      "lamina_pct_of_sgemm_ceiling", "lamina_heap_bytes_per_step", "lamina_nd4j_objects_per_step",
      "lamina_rss_growth_mib", "lamina_peak_rss_mib", "lamina_repeats", "pytorch_runs", "dl4j_runs", "lamina_threads",
      "cpu", "cores", "java",
      "date");

  private ComparisonCsv() {}

  /** The CSV text of {@code comparison}. */
  public static String format(Comparison comparison) {
    CsvTable table = new CsvTable(HEADER);
    Optional<NetworkRun> anyRun = comparison.laminaRuns().stream().findFirst();
    for (ComparisonRow row : comparison.rows()) {
      List<String> f = new ArrayList<>();
      f.add(row.workload().id());
      f.add(row.workload().network().peerName());
      f.add(row.workload().kind().label());
      f.add(Integer.toString(row.workload().batch()));
      f.add(Format.fixed(row.samplesPerSecond(Framework.LAMINA), 1, ""));
      f.add(Format.fixed(row.samplesPerSecond(Framework.PYTORCH), 1, ""));
      f.add(Format.fixed(row.samplesPerSecond(Framework.DL4J), 1, ""));
      f.add(Format.fixed(row.ratioVs(Framework.PYTORCH), 3, ""));
      f.add(Format.fixed(row.ratioVs(Framework.DL4J), 3, ""));
      if (row.lamina().isPresent() && row.laminaRun().isPresent()) {
        WorkloadResult r = row.lamina().get();
        NetworkRun run = row.laminaRun().get();
        WindowFigures last = r.last();
        f.add(Format.fixed(1e3 * row.workload().batch() / r.samplesPerSecond(), 2));
        f.add(row.workload().kind() == WorkloadKind.TRAIN ? Format.fixed(run.derivedEpochSeconds(r), 1) : "");
        f.add(Format.fixed(r.gflops(), 1));
        f.add(Format.fixed(run.percentOfCeiling(r), 1));
        f.add(Format.fixed(last.heapBytesPerStep(), 0));
        f.add(Format.fixed(last.nativeObjectsPerStep(), 1));
        f.add(Format.mebibytes(last.rssGrowthBytes()));
        f.add(Format.mebibytes(run.peakRssBytes()));
        f.add(Integer.toString(r.repeats().size()));
      } else {
        f.addAll(List.of("", "", "", "", "", "", "", "", ""));
      }
      f.add(Integer.toString(row.count(Framework.PYTORCH)));
      f.add(Integer.toString(row.count(Framework.DL4J)));
      Optional<NetworkRun> run = row.laminaRun().or(() -> anyRun);
      f.add(run.map(r -> Integer.toString(r.threads().nd4jMaxThreads())).orElse(""));
      f.add(run.map(r -> r.machine().cpuModel()).orElse(""));
      f.add(run.map(r -> Integer.toString(r.machine().cores())).orElse(""));
      f.add(run.map(r -> r.machine().javaVersion()).orElse(""));
      f.add(run.map(NetworkRun::date).orElse(""));
      table.add(f);
    }
    return table.format();
  }
}
