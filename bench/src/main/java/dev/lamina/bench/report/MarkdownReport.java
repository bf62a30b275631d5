package dev.lamina.bench.report;

import dev.lamina.bench.measure.Machine;
import dev.lamina.bench.measure.Stats;
import dev.lamina.bench.measure.WindowFigures;
import dev.lamina.bench.peer.PeerRun;
import dev.lamina.bench.result.Flops;
import dev.lamina.bench.result.LayerProfile;
import dev.lamina.bench.result.LayerTime;
import dev.lamina.bench.result.NetworkRun;
import dev.lamina.bench.result.WorkloadResult;
import dev.lamina.bench.workload.Framework;
import dev.lamina.bench.workload.WorkloadKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The comparison as a markdown report: the machine and settings, the side-by-side table with ratios,
 * Lamina's details (time per step and epoch, GFLOP/s against the SGEMM ceiling, allocation per step,
 * memory), the peers' runs, and the per-layer profiles.
 */
public final class MarkdownReport {
  private MarkdownReport() {}

  /**
   * The report's text.
   *
   * @param comparison what was measured
   * @param label a note put under the title (e.g. that this was a validation run), or null
   */
  public static String format(Comparison comparison, String label) {
    StringBuilder out = new StringBuilder("# Fashion-MNIST throughput: Lamina, PyTorch, DL4J\n\n");
    if (label != null && !label.isBlank()) {
      out.append("> **").append(label.strip()).append("**\n\n");
    }
    setting(out, comparison);
    side(out, comparison);
    details(out, comparison);
    memory(out, comparison);
    peers(out, comparison);
    comparison.laminaRuns().forEach(run -> run.profiles().forEach(p -> profile(out, p)));
    return out.toString();
  }

  private static void setting(StringBuilder out, Comparison c) {
    Optional<NetworkRun> first = c.laminaRuns().stream().findFirst();
    first.ifPresent(run -> {
      Machine m = run.machine();
      out.append("- Machine: ").append(m.cpuModel()).append(", ").append(m.cores()).append(" logical CPUs; ")
          .append(m.os()).append("; Java ").append(m.javaVersion()).append(" (").append(m.javaVm()).append(")\n");
      out.append("- Date (UTC): ")
          .append(c.laminaRuns().stream().map(NetworkRun::date).collect(Collectors.joining(", "))).append("\n");
    });
    List<String> threads = new ArrayList<>();
    first.ifPresent(run -> threads.add("Lamina " + run.threads().describe()));
    for (Framework peer : c.peersPresent()) {
      String counts = c.peerRuns().stream().filter(r -> r.framework() == peer && r.threads() != null)
          .map(r -> Integer.toString(r.threads())).distinct().collect(Collectors.joining("/"));
      threads.add(peer.displayName() + " " + (counts.isEmpty() ? "not reported" : counts)
          + (peer == Framework.PYTORCH ? " (torch.get_num_threads)" : " (nd4j maxThreads)"));
    }
    out.append("- Threads: ").append(String.join("; ", threads));
    out.append("\n");
    first.ifPresent(run -> run.workloads().stream().filter(r -> r.workload().kind() == WorkloadKind.TRAIN).findFirst()
        .ifPresent(r -> out.append("- Training: samples/s through `Trainer.fit` (sparse categorical cross-entropy,"
            + " accuracy, SGD lr 0.01, shuffled, standardized Fashion-MNIST: ").append(run.trainExamples())
            .append(" training images, mean ").append(Format.fixed(run.dataMean(), 4)).append(", std ")
            .append(Format.fixed(run.dataStd(), 4)).append(") over ").append(r.repeats().get(0).steps())
            .append(" steps after ").append(r.warmupSteps())
            .append(" untimed warm-up steps, as the peers' `--max-steps N --warmup W`\n")));
    out.append("- Inference: softmax probabilities for the 10,000 test images after one untimed batch\n");
    out.append("- Lamina's figure is the median of its repeats (one JVM per network); a peer's is the median"
        + " of its runs (counts in the CSV)\n\n");
  }

  private static void side(StringBuilder out, Comparison c) {
    out.append("## Samples per second\n\n");
    MarkdownTable t = new MarkdownTable("workload", "Lamina", "PyTorch", "DL4J", "Lamina / PyTorch", "Lamina / DL4J");
    for (ComparisonRow row : c.rows()) {
      t.add("`" + row.workload().id() + "`", Format.fixed(row.samplesPerSecond(Framework.LAMINA), 1, "–"),
          Format.fixed(row.samplesPerSecond(Framework.PYTORCH), 1, "–"),
          Format.fixed(row.samplesPerSecond(Framework.DL4J), 1, "–"), Format.ratio(row.ratioVs(Framework.PYTORCH)),
          Format.ratio(row.ratioVs(Framework.DL4J)));
    }
    out.append(t.format()).append('\n');
  }

  private static void details(StringBuilder out, Comparison c) {
    if (c.laminaRuns().isEmpty()) {
      return;
    }
    out.append("## Lamina in detail\n\n");
    MarkdownTable t = new MarkdownTable("workload", "samples/s (min–max)", "ms/step", "epoch s (derived)", "GFLOP/s",
        "% of SGEMM", "heap B/step", "ND4J objects/step", "RSS growth MiB", "GCs", "loss / acc");
    for (ComparisonRow row : c.rows()) {
      if (row.lamina().isEmpty() || row.laminaRun().isEmpty()) {
        continue;
      }
      WorkloadResult r = row.lamina().get();
      NetworkRun run = row.laminaRun().get();
      WindowFigures last = r.last();
      List<Double> rates = r.samplesPerSecondByRepeat();
      boolean train = r.workload().kind() == WorkloadKind.TRAIN;
      t.add("`" + r.workload().id() + "`",
          Format.fixed(r.samplesPerSecond(), 1) + " (" + Format.fixed(Stats.min(rates), 1)
              + "–" + Format.fixed(Stats.max(rates), 1) + ")",
          Format.fixed(1e3 * r.workload().batch() / r.samplesPerSecond(), 2),
          train ? Format.fixed(run.derivedEpochSeconds(r), 1) : "–", Format.fixed(r.gflops(), 1),
          Format.fixed(run.percentOfCeiling(r), 1), Format.fixed(last.heapBytesPerStep(), 0),
          Format.fixed(last.nativeObjectsPerStep(), 1), Format.mebibytes(last.rssGrowthBytes()),
          Long.toString(last.gcCount()),
          r.loss() == null ? "–" : Format.fixed(r.loss(), 4) + " / " + Format.fixed(r.accuracy(), 4));
    }
    out.append(t.format()).append('\n');
    out.append("- Per step: one training step, or one inference batch. Allocation and memory columns are the last"
        + " repeat's: Java heap bytes the training thread allocated (ThreadMXBean), native objects ND4J created"
        + " (data buffers, views, op contexts: its deallocator's id counter), change of VmRSS, garbage"
        + " collections.\n");
    out.append("- Epoch time is derived: ").append(c.laminaRuns().get(0).trainExamples())
        .append(" training images / samples/s.");
    for (NetworkRun run : c.laminaRuns()) {
      if (run.measuredEpochSeconds() != null) {
        out.append(" Measured (`--measure-epoch`, one whole epoch through `Trainer.fit` at the first training batch"
            + " size): ").append(run.network().peerName()).append(' ')
            .append(Format.fixed(run.measuredEpochSeconds(), 1)).append(" s.");
      }
    }
    out.append('\n');
    out.append("- FLOPs per example: forward = 2 x MACs, training step = 3 x forward (")
        .append(c.laminaRuns().stream().map(run -> run.network().peerName() + ": "
            + Format.fixed(run.macs() / 1e6, 1) + " M MACs, " + Format.fixed(Flops.forward(run.macs()) / 1e6, 1)
            + " / " + Format.fixed(Flops.trainingStep(run.macs()) / 1e6, 1) + " MFLOP")
            .collect(Collectors.joining("; ")))
        .append(").\n");
    out.append("- SGEMM ceiling (`Nd4j.gemm` float32 into a preallocated C, best of several): ")
        .append(c.laminaRuns().stream().map(run -> run.network().peerName() + " JVM "
            + run.ceiling().points().stream().map(p -> p.size() + "^3 " + Format.fixed(p.gflops(), 1))
                .collect(Collectors.joining(", ")) + " GFLOP/s").collect(Collectors.joining("; ")))
        .append(". % of SGEMM uses the best size of the same JVM.\n\n");
  }

  private static void memory(StringBuilder out, Comparison c) {
    if (c.laminaRuns().isEmpty()) {
      return;
    }
    out.append("## Lamina's memory\n\n");
    MarkdownTable t = new MarkdownTable("network", "parameters", "peak RSS (VmHWM) MiB", "heap limit MiB");
    for (NetworkRun run : c.laminaRuns()) {
      t.add(run.network().interfaceName(), String.format(Locale.ROOT, "%,d", run.params()),
          Format.mebibytes(run.peakRssBytes()), Format.mebibytes(run.maxHeapBytes()));
    }
    out.append(t.format()).append('\n');
    out.append("Peak RSS is the high-water mark of the network's own JVM (heap and off-heap) over all its"
        + " workloads.\n\n");
  }

  private static void peers(StringBuilder out, Comparison c) {
    if (c.peerRuns().isEmpty()) {
      return;
    }
    out.append("## Peers' runs\n\n");
    MarkdownTable t = new MarkdownTable(3, "log", "peer", "workloads", "samples/s", "steps", "warm-up", "threads",
        "loss / acc");
    for (PeerRun run : c.peerRuns()) {
      t.add("`" + Path.of(run.source()).getFileName() + "`", run.framework().displayName(),
          run.measurements().stream().map(m -> "`" + m.workload().id() + "`").collect(Collectors.joining(", ")),
          run.measurements().stream().map(m -> Format.fixed(m.samplesPerSecond(), 1)).collect(Collectors.joining(", ")),
          Integer.toString(run.stepsPerEpoch()), run.warmupSteps() == null ? "–" : run.warmupSteps().toString(),
          run.threads() == null ? "–" : run.threads().toString(),
          run.loss() == null ? "–" : Format.fixed(run.loss(), 4) + " / " + Format.fixed(run.accuracy(), 4));
    }
    out.append(t.format()).append('\n');
    out.append("Loss / acc: the running means over the steps run, comparable with Lamina's (same data and"
        + " settings; one seed each, so only roughly).\n\n");
  }

  private static void profile(StringBuilder out, LayerProfile p) {
    boolean train = p.workload().kind() == WorkloadKind.TRAIN;
    int batch = p.workload().batch();
    out.append("## Profile of `").append(p.workload().id()).append("`\n\n");
    out.append("Mean over ").append(p.passes()).append(train ? " steps" : " batches").append(": ")
        .append(Format.fixed(p.stepMillis(), 2)).append(" ms per ").append(train ? "step" : "batch").append(", ")
        .append(Format.fixed(p.modelMillis(), 2)).append(" ms in the layers, ")
        .append(Format.fixed(p.outsideMillis(), 2)).append(" ms outside them. Measured in a separate run with the"
            + " profiler installed (a clock read per layer), not during the throughput windows.\n\n");
    MarkdownTable t = new MarkdownTable("layer", "forward ms", "backward ms", "total ms", "% of step",
        "forward GFLOP/s", "backward GFLOP/s");
    for (LayerTime l : p.layers()) {
      t.add(l.layer(), Format.fixed(l.forwardMillis(), 3), train ? Format.fixed(l.backwardMillis(), 3) : "–",
          Format.fixed(l.totalMillis(), 3), Format.fixed(100 * l.totalMillis() / p.stepMillis(), 1),
          rate(Flops.forward(l.macs()) * batch, l.forwardMillis()),
          train ? rate(2 * Flops.forward(l.macs()) * batch, l.backwardMillis()) : "–");
    }
    t.add(train ? "(outside: data, loss, metrics, optimizer, trainer)" : "(outside: slicing, copying the output)", "",
        "", Format.fixed(p.outsideMillis(), 3), Format.fixed(100 * p.outsideMillis() / p.stepMillis(), 1), "", "");
    out.append(t.format()).append('\n');
  }

  private static String rate(double flops, double millis) {
    return flops == 0 || millis <= 0 ? "–" : Format.fixed(flops / (millis * 1e6), 1);
  }
}
