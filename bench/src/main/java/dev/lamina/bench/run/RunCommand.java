package dev.lamina.bench.run;

import dev.lamina.bench.report.Comparison;
import dev.lamina.bench.report.ReportFiles;
import dev.lamina.bench.result.NetworkRun;
import dev.lamina.bench.result.NetworkRunFiles;
import dev.lamina.bench.workload.BenchNetwork;
import dev.lamina.bench.workload.NetworkConverter;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench run}: measures Lamina on the tutorial's networks, each network in its own JVM, and
 * writes {@code lamina-<network>.json} per network plus {@code results.md} and {@code results.csv}.
 */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Measure Lamina's training and inference throughput on the tutorial's networks, each network in"
        + " its own JVM (its peak memory is its own), timed as the peers time theirs.",
        "Writes lamina-<network>.json, results.md and results.csv into the output directory."})
public final class RunCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = {"-n", "--network"}, split = ",", converter = NetworkConverter.class, defaultValue = "cnn,separable",
      paramLabel = "NAME",
      description = "Networks: cnn (FashionCnn), separable (FashionSeparableCnn) (default: ${DEFAULT-VALUE}).")
  List<BenchNetwork> networks;

  @Option(names = {"-b", "--batch"}, split = ",", defaultValue = "32,128", paramLabel = "N",
      description = "Training batch sizes (default: ${DEFAULT-VALUE}).")
  List<Integer> batches;

  @Option(names = "--predict-batch", defaultValue = "256", paramLabel = "N",
      description = "Inference batch size; 0 measures no inference (default: ${DEFAULT-VALUE}).")
  int predictBatch;

  @Option(names = "--steps", defaultValue = "320", paramLabel = "N",
      description = "Training steps per measurement, warm-up included, as the peers' --max-steps"
          + " (default: ${DEFAULT-VALUE}).")
  int steps;

  @Option(names = "--warmup", defaultValue = "20", paramLabel = "N",
      description = "Untimed steps first, as the peers' --warmup (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Option(names = "--repeats", defaultValue = "3", paramLabel = "N",
      description = "Measurements per workload, each training a fresh model; reports give the median"
          + " (default: ${DEFAULT-VALUE}).")
  int repeats;

  @Option(names = "--threads", defaultValue = "0", paramLabel = "N",
      description = "ND4J, BLAS and OpenMP threads (0: ND4J's default, one per logical CPU)"
          + " (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--seed", defaultValue = "42",
      description = "Seed of weights and shuffling (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = {"--lr", "--learning-rate"}, defaultValue = "0.01", paramLabel = "RATE",
      description = "SGD learning rate (default: ${DEFAULT-VALUE}).")
  double learningRate;

  @Option(names = "--data-dir", defaultValue = "/usr/share/datasets/fashion-mnist", paramLabel = "DIR",
      description = "Directory of the four Fashion-MNIST IDX files (default: ${DEFAULT-VALUE}).")
  Path dataDirectory;

  @Option(names = "--validation-size", defaultValue = "5000", paramLabel = "N",
      description = "Training images held out from the start, as the peers do (default: ${DEFAULT-VALUE}).")
  int validationSize;

  @Option(names = "--profile", description = "Also profile every layer (extra runs, after the measurements).")
  boolean profile;

  @Option(names = "--measure-epoch", description = "Also time one whole training epoch at the first batch size.")
  boolean measureEpoch;

  @Option(names = "--gemm-size", split = ",", defaultValue = "1024,2048", paramLabel = "N",
      description = "Square SGEMM sizes of the ceiling measurement (default: ${DEFAULT-VALUE}).")
  List<Integer> gemmSizes;

  @Option(names = "--gemm-repeats", defaultValue = "10", paramLabel = "N",
      description = "Timed SGEMM calls per size, the best counts (default: ${DEFAULT-VALUE}).")
  int gemmRepeats;

  @Option(names = {"-o", "--output-dir"}, defaultValue = "bench/results/latest", paramLabel = "DIR",
      description = "Where the result files go (default: ${DEFAULT-VALUE}).")
  Path outputDirectory;

  @Option(names = "--label", paramLabel = "TEXT", description = "A note for the report's title, e.g. 'validation run'.")
  String label;

  @Option(names = "--in-process", description = "Measure in this JVM instead of one JVM per network.")
  boolean inProcess;

  @Option(names = "--no-report", description = "Write only the JSON files, no markdown or CSV.")
  boolean noReport;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    RunSettings settings = settings();
    Files.createDirectories(settings.outputDirectory());
    List<NetworkRun> runs = new ArrayList<>();
    for (BenchNetwork network : settings.networks()) {
      Path file = settings.outputDirectory().resolve(NetworkRunFiles.fileName(network));
      if (settings.inProcess()) {
        NetworkRun run = new NetworkBenchmark(settings, out).run(network);
        NetworkRunFiles.write(run, file);
        runs.add(run);
      } else {
        Files.deleteIfExists(file);
        int status = ChildJvm.run(settings.childArguments(network), settings.threads());
        if (status != 0) {
          throw new IllegalStateException("the benchmark JVM of " + network.interfaceName() + " failed (exit status "
              + status + "); its output above says why");
        }
        runs.add(NetworkRunFiles.read(file));
      }
      out.println("wrote " + file);
      out.flush();
    }
    if (settings.report()) {
      ReportFiles.Written written = ReportFiles.write(settings.outputDirectory(), ReportFiles.DEFAULT_NAME,
          Comparison.of(runs, List.of()), settings.label());
      out.println();
      out.print(written.markdown());
      out.println("wrote " + written.markdownFile() + " and " + written.csvFile());
    }
    return 0;
  }

  /** The settings these options describe. */
  RunSettings settings() {
    return new RunSettings(networks, batches, predictBatch, steps, warmup, repeats, threads, seed, learningRate,
        dataDirectory, validationSize, profile, measureEpoch, gemmSizes, gemmRepeats, outputDirectory, inProcess,
        !noReport, label);
  }
}
