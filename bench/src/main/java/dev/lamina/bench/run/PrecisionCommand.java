package dev.lamina.bench.run;

import dev.lamina.bench.measure.OnednnCeiling;
import dev.lamina.bench.measure.WindowFigures;
import dev.lamina.bench.result.Flops;
import dev.lamina.bench.workload.BenchNetwork;
import dev.lamina.bench.workload.NetworkConverter;
import dev.lamina.runtime.kernel.Precision;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench precision}: Lamina's fp32 against its bf16 mixed precision on the tutorial's networks,
 * in one JVM and one run, next to oneDNN's own ceiling measured in the same JVM: training samples/s at
 * each batch size (fresh network, same seed, the {@code run} command's SGD steps), inference samples/s,
 * and each workload's GFLOP/s as a share of the ceiling of its precision. The two precisions alternate
 * per repeat, so that a drift of the machine's speed affects both alike.
 */
@Command(name = "precision", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Lamina fp32 vs bf16 (mixed precision) on the tutorial's networks, with oneDNN's fp32 and bf16"
        + " ceilings measured in the same JVM.", "Writes precision.md into the output directory."})
public final class PrecisionCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = {"-n", "--network"}, split = ",", converter = NetworkConverter.class, defaultValue = "cnn,separable",
      paramLabel = "NAME", description = "Networks: cnn, separable (default: ${DEFAULT-VALUE}).")
  List<BenchNetwork> networks;

  @Option(names = {"-b", "--batch"}, split = ",", defaultValue = "32,128", paramLabel = "N",
      description = "Training batch sizes (default: ${DEFAULT-VALUE}).")
  List<Integer> batches;

  @Option(names = "--predict-batch", defaultValue = "256", paramLabel = "N",
      description = "Inference batch size; 0 measures no inference (default: ${DEFAULT-VALUE}).")
  int predictBatch;

  @Option(names = "--steps", defaultValue = "120", paramLabel = "N",
      description = "Timed training steps per measurement (default: ${DEFAULT-VALUE}).")
  int steps;

  @Option(names = "--warmup", defaultValue = "20", paramLabel = "N",
      description = "Untimed steps first (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Option(names = "--repeats", defaultValue = "3", paramLabel = "N",
      description = "Measurements per workload and precision, alternating; the best counts (default: ${DEFAULT-VALUE}).")
  int repeats;

  @Option(names = "--seed", defaultValue = "42", description = "Seed of weights and shuffling (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--data-dir", defaultValue = "/usr/share/datasets/fashion-mnist", paramLabel = "DIR",
      description = "Directory of the Fashion-MNIST IDX files (default: ${DEFAULT-VALUE}).")
  Path dataDirectory;

  @Option(names = {"-o", "--output-dir"}, defaultValue = "bench/results/precision-latest", paramLabel = "DIR",
      description = "Where precision.md goes (default: ${DEFAULT-VALUE}).")
  Path outputDirectory;

  /** One measured row. */
  private record Row(String network, String workload, Precision precision, double samplesPerSecond,
      double gflops, double share) {}

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    boolean bf16 = Precision.bf16Supported();
    if (!bf16) {
      out.println("this CPU lacks AVX512_BF16: only fp32 is measured");
    }
    OnednnCeiling ceiling = OnednnCeiling.measure(5, bf16);
    out.println(ceiling.describe());
    out.flush();
    FashionSplits data = FashionSplits.load(dataDirectory, 5_000);
    List<Precision> precisions = bf16 ? List.of(Precision.FP32, Precision.BF16) : List.of(Precision.FP32);
    List<Row> rows = new ArrayList<>();
    for (BenchNetwork network : networks) {
      long macs = network.create(seed).summary().macs();
      for (int batch : batches) {
        double[] best = new double[precisions.size()];
        for (int r = 0; r < repeats; r++) {
          for (int p = 0; p < precisions.size(); p++) {
            TrainingBenchmark training = new TrainingBenchmark(network, data, seed, 0.01, precisions.get(p));
            WindowFigures figures = training.run(batch, warmup, steps, null).figures();
            best[p] = Math.max(best[p], figures.samplesPerSecond());
          }
        }
        for (int p = 0; p < precisions.size(); p++) {
          rows.add(row(network, "train batch " + batch, precisions.get(p), best[p], Flops.trainingStep(macs), ceiling));
          out.println(format(rows.get(rows.size() - 1)));
          out.flush();
        }
      }
      if (predictBatch > 0) {
        double[] best = new double[precisions.size()];
        for (int p = 0; p < precisions.size(); p++) {
          TrainingBenchmark training = new TrainingBenchmark(network, data, seed, 0.01, precisions.get(p));
          PredictBenchmark predict = new PredictBenchmark(training.untrained(), data.test().featuresArray());
          predict.warmUp(predictBatch);
          for (int r = 0; r < repeats; r++) {
            best[p] = Math.max(best[p], predict.run(predictBatch, null).samplesPerSecond());
          }
        }
        for (int p = 0; p < precisions.size(); p++) {
          rows.add(row(network, "predict batch " + predictBatch, precisions.get(p), best[p], Flops.forward(macs),
              ceiling));
          out.println(format(rows.get(rows.size() - 1)));
          out.flush();
        }
      }
    }
    Files.createDirectories(outputDirectory);
    Path file = outputDirectory.resolve("precision.md");
    Files.writeString(file, markdown(rows, ceiling));
    out.println("wrote " + file);
    return 0;
  }

  private static Row row(BenchNetwork network, String workload, Precision precision, double samplesPerSecond,
      double flopsPerSample, OnednnCeiling ceiling) {
    double gflops = samplesPerSecond * flopsPerSample / 1e9;
    double limit = precision == Precision.BF16 ? ceiling.convBf16() : ceiling.convFp32();
    return new Row(network.interfaceName(), workload, precision, samplesPerSecond, gflops, gflops / limit);
  }

  private static String format(Row r) {
    return String.format(Locale.ROOT, "%-20s %-18s %-5s %9.0f samples/s %6.1f GFLOP/s %5.1f%% of ceiling", r.network(),
        r.workload(), r.precision(), r.samplesPerSecond(), r.gflops(), 100 * r.share());
  }

  private static String markdown(List<Row> rows, OnednnCeiling ceiling) {
    StringBuilder md = new StringBuilder();
    md.append("# Lamina fp32 vs bf16, ").append(Instant.now()).append("\n\n");
    md.append(ceiling.describe()).append(". Shares are of the convolution ceiling of the same precision.\n\n");
    md.append("| network | workload | precision | samples/s | GFLOP/s | share of ceiling | bf16 / fp32 |\n");
    md.append("|---|---|---|---:|---:|---:|---:|\n");
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      String ratio = "";
      if (r.precision() == Precision.BF16 && i > 0 && rows.get(i - 1).precision() == Precision.FP32) {
        ratio = String.format(Locale.ROOT, "%.2fx", r.samplesPerSecond() / rows.get(i - 1).samplesPerSecond());
      }
      md.append(String.format(Locale.ROOT, "| %s | %s | %s | %.0f | %.1f | %.1f%% | %s |%n", r.network(), r.workload(),
          r.precision(), r.samplesPerSecond(), r.gflops(), 100 * r.share(), ratio));
    }
    return md.toString();
  }
}
