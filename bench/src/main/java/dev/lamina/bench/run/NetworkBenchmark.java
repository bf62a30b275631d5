package dev.lamina.bench.run;

import dev.lamina.bench.measure.GemmCeiling;
import dev.lamina.bench.measure.Machine;
import dev.lamina.bench.measure.ProcStatus;
import dev.lamina.bench.measure.WindowFigures;
import dev.lamina.bench.result.Flops;
import dev.lamina.bench.result.LayerProfile;
import dev.lamina.bench.result.NetworkRun;
import dev.lamina.bench.result.Threads;
import dev.lamina.bench.result.WorkloadResult;
import dev.lamina.bench.workload.BenchNetwork;
import dev.lamina.bench.workload.Workload;
import dev.lamina.bench.workload.WorkloadKind;
import dev.lamina.runtime.train.Trainer;
import dev.lamina.summary.ModelSummary;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Measures one network in this JVM: the SGEMM ceiling, training at each batch size, optionally one
 * whole epoch, inference, optionally the per-layer profiles, and finally the JVM's peak resident
 * memory. Prints each figure as it is measured.
 */
final class NetworkBenchmark {
  private final RunSettings settings;
  private final PrintWriter out;

  NetworkBenchmark(RunSettings settings, PrintWriter out) {
    this.settings = settings;
    this.out = out;
  }

  /**
   * Measures {@code network}.
   *
   * @throws IOException if the Fashion-MNIST files cannot be read
   * @throws IllegalStateException if the generated model's parameter count is not Keras's
   */
  NetworkRun run(BenchNetwork network) throws IOException {
    String date = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    Threads threads = ThreadSettings.apply(settings.threads());
    Machine machine = Machine.detect();
    say("%s, %s: %s (%d logical CPUs), Java %s; threads: %s", network.interfaceName(), date, machine.cpuModel(),
        machine.cores(), machine.javaVersion(), threads.describe());
    if (settings.threads() > 0 && !Integer.toString(settings.threads()).equals(threads.ompNumThreads())) {
      say("note: --threads %d without OMP_NUM_THREADS=%d: the oneDNN kernels use OpenMP's default thread count"
          + " (run without --in-process to have it set)", settings.threads(), settings.threads());
    }
    GemmCeiling ceiling = GemmCeiling.measure(settings.gemmSizes(), settings.gemmRepeats());
    ceiling.points().forEach(p -> say("sgemm %d^3: best %.2f ms, %.1f GFLOP/s", p.size(), p.bestMillis(), p.gflops()));

    FashionSplits data = FashionSplits.load(settings.dataDirectory(), settings.validationSize(), network.task());
    say("Fashion-MNIST from %s: train %d, test %d; mean %.4f, std %.4f", data.directory(), data.train().size(),
        data.test().size(), data.mean(), data.std());
    ModelSummary summary = network.create(settings.seed()).summary();
    if (summary.totalParams() != network.params()) {
      throw new IllegalStateException(network.interfaceName() + " has " + summary.totalParams()
          + " parameters, Keras's model " + network.params() + ": the comparison with the peers would be void");
    }
    long macs = summary.macs();
    say("%s: %,d parameters, %.1f M MACs per example (forward %.1f MFLOP, training step %.1f MFLOP)",
        network.interfaceName(), summary.totalParams(), macs / 1e6, Flops.forward(macs) / 1e6,
        Flops.trainingStep(macs) / 1e6);

    TrainingBenchmark training = new TrainingBenchmark(network, data, settings.seed(), settings.learningRate());
    List<WorkloadResult> results = new ArrayList<>();
    Trainer trained = null;
    for (int batch : settings.trainBatches()) {
      Workload workload = new Workload(network, WorkloadKind.TRAIN, batch);
      List<WindowFigures> repeats = new ArrayList<>();
      TrainingBenchmark.Outcome last = null;
      for (int r = 1; r <= settings.repeats(); r++) {
        last = training.run(batch, settings.warmupSteps(), settings.timedSteps(), null);
        repeats.add(last.figures());
        report(workload, r, last.figures());
      }
      results.add(new WorkloadResult(workload, settings.warmupSteps(), repeats, Flops.trainingStep(macs), last.loss(),
          last.accuracy()));
      say("%s: loss %.4f, accuracy %.4f after %d steps", workload, last.loss(), last.accuracy(), settings.steps());
      if (trained == null) {
        trained = last.trainer();
      }
    }
    Double epochSeconds = null;
    if (settings.measureEpoch() && !settings.trainBatches().isEmpty()) {
      int batch = settings.trainBatches().get(0);
      int steps = training.stepsPerEpoch(batch);
      WindowFigures epoch = training.run(batch, 0, steps, null).figures();
      epochSeconds = epoch.seconds();
      say("one whole epoch at batch %d (%d steps): %.1f s, %.1f samples/s", batch, steps, epoch.seconds(),
          epoch.samplesPerSecond());
    }

    int predictBatch = settings.predictBatch();
    Workload predictWorkload = predictBatch > 0 ? new Workload(network, WorkloadKind.PREDICT, predictBatch) : null;
    PredictBenchmark predict = null;
    if (predictBatch > 0) {
      INDArray testFeatures = data.test().featuresArray();
      predict = new PredictBenchmark(trained != null ? trained : training.untrained(), testFeatures);
      predict.warmUp(predictBatch);
      List<WindowFigures> predictRepeats = new ArrayList<>();
      for (int r = 1; r <= settings.repeats(); r++) {
        WindowFigures f = predict.run(predictBatch, null);
        predictRepeats.add(f);
        report(predictWorkload, r, f);
      }
      results.add(new WorkloadResult(predictWorkload, 1, predictRepeats, Flops.forward(macs), null, null));
    }

    List<LayerProfile> profiles = new ArrayList<>();
    if (settings.profile()) {
      for (int batch : settings.trainBatches()) {
        LayerTimes times = new LayerTimes();
        WindowFigures f = training.run(batch, settings.warmupSteps(), settings.timedSteps(), times).figures();
        profiles.add(new LayerProfile(new Workload(network, WorkloadKind.TRAIN, batch), f.steps(), f.millisPerStep(),
            times.perPass(summary, f.steps())));
      }
      if (predict != null) {
        LayerTimes times = new LayerTimes();
        WindowFigures f = predict.run(predictBatch, times);
        profiles.add(new LayerProfile(predictWorkload, f.steps(), f.millisPerStep(),
            times.perPass(summary, f.steps())));
      }
    }
    long peakRss = ProcStatus.read().peakRssBytes();
    say("%s: peak RSS (VmHWM) %.1f MiB", network.interfaceName(), peakRss / 1048576.0);
    return new NetworkRun(network, date, machine, threads, summary.totalParams(), macs, data.train().size(),
        data.mean(), data.std(), ceiling, peakRss, Runtime.getRuntime().maxMemory(), epochSeconds, results, profiles);
  }

  private void report(Workload workload, int repeat, WindowFigures f) {
    say("%s repeat %d/%d: %.1f samples/s (%d steps, %d samples, %.2f s; %.2f ms/step), heap %.0f B/step,"
            + " ND4J objects %.1f/step, RSS %+.1f MiB, %d GCs", workload, repeat, settings.repeats(),
        f.samplesPerSecond(), f.steps(), f.samples(), f.seconds(), f.millisPerStep(), f.heapBytesPerStep(),
        f.nativeObjectsPerStep(), f.rssGrowthBytes() / 1048576.0, f.gcCount());
  }

  private void say(String format, Object... args) {
    out.println(String.format(Locale.ROOT, format, args));
    out.flush();
  }
}
