package dev.lamina.bench.run;

import dev.lamina.bench.measure.OnednnCeiling;
import dev.lamina.bench.result.Flops;
import dev.lamina.bench.workload.BenchNetwork;
import dev.lamina.bench.workload.NetworkConverter;
import dev.lamina.cli.network.Task;
import dev.lamina.runtime.kernel.Precision;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench precision}: Lamina's fp32 against its bf16 mixed precision on the tutorial's networks,
 * {@code FashionResNet} and the segmenters {@code FashionUNet} and {@code FashionSegmenter} (the
 * garment masks, binary cross-entropy per pixel, as {@code lamina train} trains them), side by side
 * with PyTorch's ({@code bench/pytorch_training.py}, same layers, batch, loss, SGD and data, timed as
 * the peers time themselves; {@code --precision fp32} for Lamina against PyTorch alone), in one JVM
 * and one run, next to oneDNN's own ceiling measured in the same JVM: training samples/s at
 * each batch size (fresh network, same seed, the {@code run} command's SGD steps), inference samples/s,
 * and each workload's GFLOP/s as a share of the ceiling of its precision. The two precisions alternate
 * per repeat, so that a drift of the machine's speed affects both alike.
 */
@Command(name = "precision", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Lamina fp32 vs bf16 (mixed precision) vs PyTorch on the tutorial's networks, FashionResNet,"
        + " FashionUNet and FashionSegmenter,"
        + " with oneDNN's fp32 and bf16 ceilings measured in the same JVM.",
        "Writes precision.md into the output directory."})
public final class PrecisionCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = {"-n", "--network"}, split = ",", converter = NetworkConverter.class, defaultValue = "cnn,separable",
      paramLabel = "NAME", description = "Networks: cnn, separable, resnet (FashionResNet), unet (FashionUNet),"
          + " segmenter (FashionSegmenter) (default: ${DEFAULT-VALUE}).")
  List<BenchNetwork> networks;

  @Option(names = "--precision", split = ",", defaultValue = "fp32,bf16", paramLabel = "P",
      description = "Precisions: fp32, bf16 (bf16 only where the CPU has AVX512_BF16) (default: ${DEFAULT-VALUE}).")
  List<Precision> requestedPrecisions;

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

  @Option(names = "--profile", description = "Also profile every layer of one training run per batch size and"
      + " precision (after the measurements): forward and backward milliseconds per step, and the rest of the step"
      + " (loss, optimizer, data).")
  boolean profile;

  @Option(names = "--no-pytorch", description = "Leave PyTorch out.")
  boolean noPytorch;

  @Option(names = "--python", defaultValue = "/usr/bin/python3",
      description = "The Python with torch (default: ${DEFAULT-VALUE}).")
  String python;

  @Option(names = "--pytorch-script", defaultValue = "bench/pytorch_training.py",
      description = "PyTorch's side (default: ${DEFAULT-VALUE}).")
  Path pytorchScript;

  @Option(names = "--pytorch-threads", defaultValue = "0", paramLabel = "N",
      description = "PyTorch's threads (0: one per CPU) (default: ${DEFAULT-VALUE}).")
  int pytorchThreads;

  /**
   * One workload in one precision: Lamina's and PyTorch's samples/s (NaN where not measured), Lamina's
   * GFLOP/s and their share of the oneDNN ceiling of that precision.
   */
  private record Measured(String network, String workload, long macs, boolean training) {}

  private record Row(String network, String workload, Precision precision, double lamina, double pytorch,
      double gflops, double share) {}

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    boolean bf16 = requestedPrecisions.contains(Precision.BF16) && Precision.bf16Supported();
    if (requestedPrecisions.contains(Precision.BF16) && !bf16) {
      out.println("this CPU lacks AVX512_BF16: only fp32 is measured");
    }
    int torchThreads = pytorchThreads > 0 ? pytorchThreads : Runtime.getRuntime().availableProcessors();
    PyTorchTraining pytorch = new PyTorchTraining(python, pytorchScript, torchThreads);
    boolean withPytorch = !noPytorch && pytorch.available();
    if (!noPytorch && !withPytorch) {
      out.println("PyTorch left out: " + python + " cannot import torch, or " + pytorchScript + " is missing");
    }
    OnednnCeiling before = OnednnCeiling.measure(5, bf16);
    out.println("before: " + before.describe());
    out.flush();
    Map<Task, FashionSplits> splits = new EnumMap<>(Task.class);
    List<Precision> precisions = requestedPrecisions.stream().filter(p -> bf16 || p == Precision.FP32).distinct()
        .sorted().toList();
    List<double[]> lamina = new ArrayList<>();
    List<double[]> torch = new ArrayList<>();
    List<Measured> labels = new ArrayList<>();
    for (BenchNetwork network : networks) {
      FashionSplits data = splits.get(network.task());
      if (data == null) {
        data = FashionSplits.load(dataDirectory, 5_000, network.task());
        splits.put(network.task(), data);
      }
      for (int b = 0; b < batches.size(); b++) {
        int batch = batches.get(b);
        double[] best = new double[precisions.size()];
        for (int r = 0; r < repeats; r++) {
          for (int p = 0; p < precisions.size(); p++) {
            TrainingBenchmark training = new TrainingBenchmark(network, data, seed, 0.01, precisions.get(p));
            best[p] = Math.max(best[p], training.run(batch, warmup, steps, null).figures().samplesPerSecond());
          }
        }
        double[] torchTrain = new double[precisions.size()];
        double[] torchPredict = new double[precisions.size()];
        java.util.Arrays.fill(torchTrain, Double.NaN);
        java.util.Arrays.fill(torchPredict, Double.NaN);
        if (withPytorch) {
          int predict = b == 0 ? predictBatch : 0;
          for (int r = 0; r < repeats; r++) {
            for (int p = 0; p < precisions.size(); p++) {
              String name = precisions.get(p) == Precision.BF16 ? "bf16" : "fp32";
              for (PyTorchTraining.Figure f : pytorch.run(network.peerName(), name, batch, steps, warmup, predict,
                  dataDirectory)) {
                double[] target = f.workload().equals("train") ? torchTrain : torchPredict;
                target[p] = Double.isNaN(target[p]) ? f.samplesPerSecond() : Math.max(target[p], f.samplesPerSecond());
              }
            }
          }
        }
        if (profile) {
          profileTraining(out, network, data, batch, precisions);
        }
        lamina.add(best);
        torch.add(torchTrain);
        long macs = network.create(seed).summary().macs();
        labels.add(new Measured(network.interfaceName(), "train batch " + batch, macs, true));
        if (b == 0 && predictBatch > 0) {
          double[] predictBest = new double[precisions.size()];
          for (int p = 0; p < precisions.size(); p++) {
            TrainingBenchmark training = new TrainingBenchmark(network, data, seed, 0.01, precisions.get(p));
            PredictBenchmark predict = new PredictBenchmark(training.untrained(), data.test().featuresArray());
            predict.warmUp(predictBatch);
            for (int r = 0; r < repeats; r++) {
              predictBest[p] = Math.max(predictBest[p], predict.run(predictBatch, null).samplesPerSecond());
            }
          }
          lamina.add(predictBest);
          torch.add(torchPredict);
          labels.add(new Measured(network.interfaceName(), "predict batch " + predictBatch, macs, false));
        }
        for (int i = labels.size() - (b == 0 && predictBatch > 0 ? 2 : 1); i < labels.size(); i++) {
          for (int p = 0; p < precisions.size(); p++) {
            out.println(format(row(labels.get(i), precisions.get(p), lamina.get(i)[p], torch.get(i)[p], before)));
          }
        }
        out.flush();
      }
    }
    OnednnCeiling after = OnednnCeiling.measure(5, bf16);
    out.println("after: " + after.describe());
    OnednnCeiling ceiling = OnednnCeiling.best(before, after);
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < labels.size(); i++) {
      for (int p = 0; p < precisions.size(); p++) {
        rows.add(row(labels.get(i), precisions.get(p), lamina.get(i)[p], torch.get(i)[p], ceiling));
      }
    }
    Files.createDirectories(outputDirectory);
    Path file = outputDirectory.resolve("precision.md");
    Files.writeString(file, markdown(rows, before, after, withPytorch ? torchThreads : 0));
    out.println("wrote " + file);
    return 0;
  }

  /** Prints each layer's forward and backward milliseconds per step in each precision, and the rest of a step. */
  private void profileTraining(PrintWriter out, BenchNetwork network, FashionSplits data, int batch,
      List<Precision> precisions) {
    dev.lamina.summary.ModelSummary summary = network.create(seed).summary();
    List<List<dev.lamina.bench.result.LayerTime>> times = new ArrayList<>();
    double[] stepMillis = new double[precisions.size()];
    for (int p = 0; p < precisions.size(); p++) {
      LayerTimes recorder = new LayerTimes();
      dev.lamina.bench.measure.WindowFigures f = new TrainingBenchmark(network, data, seed, 0.01, precisions.get(p))
          .run(batch, warmup, steps, recorder).figures();
      times.add(recorder.perPass(summary, f.steps()));
      stepMillis[p] = f.millisPerStep();
    }
    out.println(String.format(Locale.ROOT, "profile %s train batch %d, ms per step (forward / backward):",
        network.interfaceName(), batch));
    double[] layerSum = new double[precisions.size()];
    for (int l = 0; l < summary.layers().size(); l++) {
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-10s", summary.layers().get(l).name()));
      for (int p = 0; p < precisions.size(); p++) {
        dev.lamina.bench.result.LayerTime t = times.get(p).get(l);
        layerSum[p] += t.totalMillis();
        line.append(String.format(Locale.ROOT, "  %s %7.3f / %7.3f", precisions.get(p), t.forwardMillis(),
            t.backwardMillis()));
      }
      out.println(line);
    }
    StringBuilder rest = new StringBuilder("  layers    ");
    for (int p = 0; p < precisions.size(); p++) {
      rest.append(String.format(Locale.ROOT, "  %s %7.3f, step %7.3f, rest %7.3f", precisions.get(p), layerSum[p],
          stepMillis[p], stepMillis[p] - layerSum[p]));
    }
    out.println(rest);
    out.flush();
  }

  private static Row row(Measured label, Precision precision, double lamina, double pytorch, OnednnCeiling ceiling) {
    double flops = label.training() ? Flops.trainingStep(label.macs()) : Flops.forward(label.macs());
    double gflops = lamina * flops / 1e9;
    double limit = precision == Precision.BF16 ? ceiling.convBf16() : ceiling.convFp32();
    return new Row(label.network(), label.workload(), precision, lamina, pytorch, gflops, gflops / limit);
  }

  private static String format(Row r) {
    return String.format(Locale.ROOT, "%-20s %-18s %-5s Lamina %7.0f samples/s (%6.1f GFLOP/s, %5.1f%% of the"
        + " ceiling before)  PyTorch %7.0f samples/s", r.network(), r.workload(), r.precision(), r.lamina(), r.gflops(),
        100 * r.share(), r.pytorch());
  }

  private static String markdown(List<Row> rows, OnednnCeiling before, OnednnCeiling after, int torchThreads) {
    StringBuilder md = new StringBuilder();
    boolean both = rows.stream().map(Row::precision).distinct().count() > 1;
    md.append(both ? "# Lamina fp32 vs bf16, against PyTorch, " : "# Lamina against PyTorch, ").append(Instant.now())
        .append("\n\n");
    md.append("- before: ").append(before.describe()).append("\n- after: ").append(after.describe())
        .append("\n- shares are of the better convolution ceiling of the same precision; GFLOP/s count 2 FLOPs per"
            + " multiply-accumulate, 3 passes per training step\n");
    md.append(torchThreads > 0 ? "- PyTorch: bench/pytorch_training.py, " + torchThreads + " threads"
        + " (OMP_NUM_THREADS too), bf16 = torch.autocast(\"cpu\", dtype=torch.bfloat16)\n\n" : "\n");
    md.append("| network | workload | precision | Lamina samples/s | Lamina GFLOP/s | share of ceiling"
        + " | Lamina bf16/fp32 | PyTorch samples/s | PyTorch bf16/fp32 | Lamina / PyTorch |\n");
    md.append("|---|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      Row fp32 = r.precision() == Precision.BF16 && i > 0 && rows.get(i - 1).precision() == Precision.FP32
          && rows.get(i - 1).workload().equals(r.workload()) ? rows.get(i - 1) : null;
      md.append(String.format(Locale.ROOT, "| %s | %s | %s | %.0f | %.1f | %.1f%% | %s | %s | %s | %s |%n", r.network(),
          r.workload(), r.precision(), r.lamina(), r.gflops(), 100 * r.share(),
          fp32 == null ? "" : ratio(r.lamina(), fp32.lamina()), Double.isNaN(r.pytorch()) ? "" : String.format(
              Locale.ROOT, "%.0f", r.pytorch()), fp32 == null ? "" : ratio(r.pytorch(), fp32.pytorch()),
          ratio(r.lamina(), r.pytorch())));
    }
    return md.toString();
  }

  private static String ratio(double a, double b) {
    return Double.isNaN(a) || Double.isNaN(b) ? "" : String.format(Locale.ROOT, "%.2fx", a / b);
  }
}
