package dev.lamina.bench.latency;

import dev.lamina.bench.workload.BenchNetwork;
import dev.lamina.runtime.LayerProfiler;
import dev.lamina.runtime.Model;
import dev.lamina.runtime.kernel.ConstantWeights;
import dev.lamina.runtime.kernel.IntraOpThreads;
import dev.lamina.runtime.layer.Layer;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench layer-latency}: where an inference pass's time goes, layer by layer: the p50 of each
 * layer's forward time (the generated code's {@link LayerProfiler} laps) over many passes of a
 * predictor's kind of replica (constant weights), at a batch size and a number of OpenMP threads, each
 * setting on a fresh thread. With {@code --second-team}, another thread keeps an OpenMP team of its own
 * alive meanwhile, as a predictor warmed up on one thread and called from another does: libgomp then
 * has more team threads than CPUs and puts idle workers to sleep, so each layer waits for a wake-up.
 */
@Command(name = "layer-latency", mixinStandardHelpOptions = true,
    description = "Per-layer p50 forward time of an inference pass (a replica with constant weights), by OpenMP"
        + " threads.")
public final class LayerLatencyCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = {"-n", "--network"}, split = ",", defaultValue = "cnn,separable",
      description = "Networks (default: ${DEFAULT-VALUE}).")
  List<String> networks;

  @Option(names = "--omp-threads", split = ",", defaultValue = "1,2",
      description = "OpenMP threads of the calling thread (default: ${DEFAULT-VALUE}).")
  List<Integer> ompThreads;

  @Option(names = "--batch", defaultValue = "1", description = "Examples per pass (default: ${DEFAULT-VALUE}).")
  int batch;

  @Option(names = "--calls", defaultValue = "3000", description = "Timed passes (default: ${DEFAULT-VALUE}).")
  int calls;

  @Option(names = "--warmup", defaultValue = "300", description = "Untimed passes first (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Option(names = "--second-team", description = "Keep another thread's OpenMP team alive meanwhile.")
  boolean secondTeam;

  @Option(names = "--seed", defaultValue = "42", description = "Seed of the weights (default: ${DEFAULT-VALUE}).")
  long seed;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    for (String name : networks) {
      Model model = BenchNetwork.named(name).create(seed);
      List<String> layers = model.layers().stream().map(Layer::name).toList();
      List<double[]> columns = new ArrayList<>();
      for (int threads : ompThreads) {
        columns.add(onFreshThread(() -> measure(model, layers, threads)));
      }
      out.printf(Locale.ROOT, "%n%s, batch %d, %d passes, p50 per layer (us)%s%n%n", model.name(), batch, calls,
          secondTeam ? ", another OpenMP team alive" : "");
      StringBuilder header = new StringBuilder("| layer |");
      StringBuilder rule = new StringBuilder("| --- |");
      for (int threads : ompThreads) {
        header.append(String.format(Locale.ROOT, " %d OpenMP thread%s |", threads, threads == 1 ? "" : "s"));
        rule.append(" ---: |");
      }
      out.println(header);
      out.println(rule);
      for (int row = 0; row <= layers.size() + 1; row++) {
        String label = row < layers.size() ? layers.get(row) : row == layers.size() ? "sum of the layers"
            : "whole pass";
        StringBuilder line = new StringBuilder("| ").append(label).append(" |");
        for (double[] column : columns) {
          line.append(String.format(Locale.ROOT, " %.1f |", column[row]));
        }
        out.println(line);
      }
      out.flush();
    }
    return 0;
  }

  /** p50 microseconds of each layer, their sum, and the whole pass's p50. */
  private double[] measure(Model network, List<String> layers, int threads) throws InterruptedException {
    CountDownLatch done = new CountDownLatch(1);
    Thread other = null;
    if (secondTeam) {
      CountDownLatch started = new CountDownLatch(1);
      other = new Thread(() -> {
        IntraOpThreads.set(threads);
        Model o = ConstantWeights.create(network::replica);
        o.forward(input(), false);
        started.countDown();
        try {
          done.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }, "lamina-second-team");
      other.setDaemon(true);
      other.start();
      started.await();
    }
    try {
      IntraOpThreads.set(threads);
      Model replica = ConstantWeights.create(network::replica);
      INDArray x = input();
      for (int i = 0; i < warmup; i++) {
        replica.forward(x, false);
      }
      Map<String, Integer> index = new HashMap<>();
      for (int i = 0; i < layers.size(); i++) {
        index.put(layers.get(i), i);
      }
      long[][] nanos = new long[layers.size() + 2][calls];
      int[] call = new int[1];
      replica.profile((layer, pass, ns) -> {
        Integer i = index.get(layer);
        if (i != null && pass == LayerProfiler.Pass.FORWARD) {
          nanos[i][call[0]] = ns;
        }
      });
      for (; call[0] < calls; call[0]++) {
        long start = System.nanoTime();
        replica.forward(x, false);
        nanos[layers.size() + 1][call[0]] = System.nanoTime() - start;
      }
      replica.profile(null);
      double[] p50 = new double[layers.size() + 2];
      for (int i = 0; i < nanos.length; i++) {
        if (i != layers.size()) {
          long[] sorted = nanos[i].clone();
          Arrays.sort(sorted);
          p50[i] = sorted[calls / 2] / 1e3;
        }
      }
      for (int i = 0; i < layers.size(); i++) {
        p50[layers.size()] += p50[i];
      }
      return p50;
    } finally {
      done.countDown();
      if (other != null) {
        other.join();
      }
    }
  }

  private INDArray input() {
    Nd4j.getRandom().setSeed(seed);
    return Nd4j.randn(DataType.FLOAT, batch, 28, 28, 1);
  }

  /** Runs {@code task} on a new thread, so that it starts without an OpenMP team. */
  private static double[] onFreshThread(Task task) throws Exception {
    AtomicReference<Object> result = new AtomicReference<>();
    Thread thread = new Thread(() -> {
      try {
        result.set(task.run());
      } catch (Exception | Error e) {
        result.set(e);
      }
    }, "lamina-layer-latency");
    thread.start();
    thread.join();
    if (result.get() instanceof Exception e) {
      throw e;
    }
    if (result.get() instanceof Error e) {
      throw e;
    }
    return (double[]) result.get();
  }

  @FunctionalInterface
  private interface Task {
    double[] run() throws Exception;
  }
}
