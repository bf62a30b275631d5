package dev.lamina.bench.latency;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.lamina.bench.workload.BenchNetwork;
import dev.lamina.runtime.Model;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench latency}: inference latency and throughput of Lamina's {@code Predictor} side by side with
 * ONNX Runtime Java running Lamina's own ONNX export of the same network (same weights), and PyTorch
 * where Debian's {@code python3-torch} is there, at each number of calling threads and batch size, in one
 * run. Lamina shares one predictor ({@code threads} replicas) between the calling threads; ONNX Runtime
 * one session with {@code CPUs / threads} intra-op threads; PyTorch one module with
 * {@code torch.set_num_threads(CPUs / threads)}. Before timing, the three are checked to compute the same
 * outputs on a fixed input.
 */
@Command(name = "latency", mixinStandardHelpOptions = true,
    description = "Inference latency (p50, p99) and throughput: Lamina's Predictor vs ONNX Runtime (Lamina's ONNX"
        + " export) vs PyTorch.")
public final class LatencyCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = {"-n", "--network"}, split = ",", defaultValue = "cnn,separable",
      description = "Networks (default: ${DEFAULT-VALUE}).")
  List<String> networks;

  @Option(names = "--threads", split = ",", defaultValue = "1,2",
      description = "Calling threads (default: ${DEFAULT-VALUE}).")
  List<Integer> threads;

  @Option(names = "--batch", split = ",", defaultValue = "1,32",
      description = "Examples per call (default: ${DEFAULT-VALUE}).")
  List<Integer> batches;

  @Option(names = "--seconds", defaultValue = "10", description = "Timed seconds per measurement (default: ${DEFAULT-VALUE}).")
  double seconds;

  @Option(names = "--warmup", defaultValue = "200", description = "Untimed calls per thread first (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Option(names = "--compare-solo-thread",
      description = "Also time a Lamina predictor whose lone single examples may run on its own thread with"
          + " every OpenMP thread (soloThread(true)), as the row 'Lamina, solo thread'.")
  boolean compareSoloThread;

  @Option(names = "--no-pytorch", description = "Leave PyTorch out.")
  boolean noPytorch;

  @Option(names = "--python", defaultValue = "/usr/bin/python3",
      description = "The Python with torch (default: ${DEFAULT-VALUE}).")
  String python;

  @Option(names = "--pytorch-script", defaultValue = "bench/pytorch_latency.py",
      description = "PyTorch's side (default: ${DEFAULT-VALUE}).")
  Path pytorchScript;

  @Option(names = "--seed", defaultValue = "42", description = "Seed of the networks' weights (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = {"-o", "--output-dir"}, defaultValue = "bench/results/latency-latest",
      description = "Where latency.md and latency.json go (default: ${DEFAULT-VALUE}).")
  Path output;

  /** The fixed input the engines are compared on: one example of {@code length} values. */
  static float[] checkInput(int length) {
    float[] x = new float[length];
    for (int i = 0; i < length; i++) {
      x[i] = ((i % 255) - 128) / 64f;
    }
    return x;
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    int cpus = Runtime.getRuntime().availableProcessors();
    PyTorchRunner torch = new PyTorchRunner(python, pytorchScript);
    boolean withTorch = !noPytorch && torch.available();
    out.printf(Locale.ROOT, "%d CPUs; PyTorch %s%n", cpus, withTorch ? "included" : "left out");
    List<LatencyFigures> rows = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (String name : networks) {
      BenchNetwork network = BenchNetwork.named(name);
      Model model = network.create(seed);
      int[] in = model.inputShape();
      int length = in[0] * in[1] * in[2];
      for (int t : threads) {
        try (LaminaEngine lamina = new LaminaEngine(model, t, false);
            LaminaEngine solo = compareSoloThread ? new LaminaEngine(model, t, true) : null;
            OnnxRuntimeEngine ort = new OnnxRuntimeEngine(model, Math.max(1, cpus / t))) {
          float[] expected = lamina.run(checkInput(length), 1);
          notes.add(String.format(Locale.ROOT, "%s: ONNX Runtime's outputs differ from Lamina's by at most %.2e",
              model.name(), maxDifference(expected, ort.run(checkInput(length), 1))));
          for (int b : batches) {
            List<Engine> engines = solo == null ? List.of(lamina, ort) : List.of(lamina, solo, ort);
            for (Engine engine : engines) {
              rows.add(print(out, LatencyMeasurement.measure(engine, model.name(), length, b, t, warmup, seconds)));
            }
            if (withTorch) {
              Optional<PyTorchRunner.Result> r = torch.measure(model, b, t, warmup, seconds,
                  Files.createTempDirectory("lamina-latency"));
              if (r.isPresent()) {
                rows.add(print(out, r.get().figures()));
                notes.add(String.format(Locale.ROOT, "%s: PyTorch's outputs differ from Lamina's by at most %.2e",
                    model.name(), maxDifference(expected, r.get().check())));
              }
            }
          }
          if (solo != null) {
            notes.add(String.format(Locale.ROOT, "%s, %d calling thread%s: %s", model.name(), t,
                t == 1 ? "" : "s", solo.describe()));
          }
        }
      }
    }
    Files.createDirectories(output);
    String table = LatencyTable.markdown(rows, notes.stream().distinct().toList(), cpus);
    Files.writeString(output.resolve("latency.md"), table);
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(output.resolve("latency.json").toFile(), rows);
    out.println();
    out.print(table);
    out.println("wrote " + output.resolve("latency.md") + " and latency.json");
    return 0;
  }

  private static LatencyFigures print(PrintWriter out, LatencyFigures f) {
    out.printf(Locale.ROOT, "%-20s %-16s batch %3d threads %d: p50 %9.1f us  p99 %9.1f us  %10.1f images/s (%d calls)%n",
        f.network(), f.engine(), f.batch(), f.threads(), f.p50Micros(), f.p99Micros(), f.imagesPerSecond(), f.calls());
    out.flush();
    return f;
  }

  private static double maxDifference(float[] a, float[] b) {
    if (a.length != b.length) {
      return Double.POSITIVE_INFINITY;
    }
    double worst = 0;
    for (int i = 0; i < a.length; i++) {
      worst = Math.max(worst, Math.abs(a[i] - b[i]));
    }
    return worst;
  }
}
