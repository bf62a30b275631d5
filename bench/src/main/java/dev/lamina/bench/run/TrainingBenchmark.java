package dev.lamina.bench.run;

import dev.lamina.bench.measure.WindowFigures;
import dev.lamina.bench.workload.BenchNetwork;
import dev.lamina.runtime.Model;
import dev.lamina.runtime.kernel.Precision;
import dev.lamina.runtime.metric.Metric;
import dev.lamina.runtime.optim.Sgd;
import dev.lamina.runtime.train.FitConfig;
import dev.lamina.runtime.train.Trainer;
import dev.lamina.runtime.train.Verbosity;

/**
 * Trains a fresh network the way users (and the peers) do, through {@link Trainer#fit}: the loss and
 * metrics of the network's task as {@code lamina train} chooses them (a classifier: sparse categorical
 * cross-entropy and accuracy; a segmenter: binary cross-entropy per pixel against the garment mask,
 * pixel accuracy and IoU), plain SGD at the given learning rate, shuffled batches of the standardized
 * training set, no validation, no progress output; and measures a window of steps with a
 * {@link MeasuredWindow}.
 */
final class TrainingBenchmark {
  private final BenchNetwork network;
  private final FashionSplits data;
  private final long seed;
  private final double learningRate;
  private final Precision precision;

  TrainingBenchmark(BenchNetwork network, FashionSplits data, long seed, double learningRate) {
    this(network, data, seed, learningRate, Precision.FP32);
  }

  /**
   * @param data the network's task's data ({@link FashionSplits#load(java.nio.file.Path, int,
   *     dev.lamina.cli.network.Task)})
   * @param precision the arithmetic of the networks it creates
   * @throws IllegalArgumentException if {@code data} holds the targets of another task than the network's
   */
  TrainingBenchmark(BenchNetwork network, FashionSplits data, long seed, double learningRate, Precision precision) {
    if (data.task() != network.task()) {
      throw new IllegalArgumentException(network.interfaceName() + " learns " + network.task() + ", but the data"
          + " hold the targets of " + data.task());
    }
    this.network = network;
    this.data = data;
    this.seed = seed;
    this.learningRate = learningRate;
    this.precision = precision;
  }

  /**
   * A measured training run.
   *
   * @param trainer the trainer, holding the trained model (for inference afterwards)
   * @param figures the window's figures
   * @param loss the epoch's running mean loss when the window closed
   * @param accuracy the running mean accuracy then (a segmenter's: pixel accuracy)
   */
  record Outcome(Trainer trainer, WindowFigures figures, double loss, double accuracy) {}

  /**
   * Trains a fresh model for {@code warmupSteps + timedSteps} steps of {@code batch} examples and
   * measures the last {@code timedSteps}.
   *
   * @param profiler installed on the model and recording during the window, or null
   */
  Outcome run(int batch, int warmupSteps, int timedSteps, LayerTimes profiler) {
    Trainer trainer = untrained();
    Model model = trainer.model();
    if (profiler != null) {
      model.profile(profiler);
    }
    MeasuredWindow window = new MeasuredWindow(warmupSteps, timedSteps, batch, data.train().size(), profiler,
        network.task().metrics().get(0).key());
    trainer.fit(data.train(), FitConfig.builder().epochs(window.epochsNeeded()).batchSize(batch).shuffle(true)
        .seed(seed).verbosity(Verbosity.SILENT).callbacks(window).build());
    model.profile(null);
    return new Outcome(trainer, window.figures(), window.loss(), window.accuracy());
  }

  /** A trainer of a fresh model, configured as for the measurements. */
  Trainer untrained() {
    Model model = precision.create(() -> network.create(seed));
    return Trainer.builder(model).loss(network.task().loss(model)).optimizer(Sgd.builder().learningRate(learningRate)
        .build()).metrics(network.task().metrics().toArray(Metric[]::new)).build();
  }

  /** Steps in one epoch at {@code batch}: 1,719 at 32, 430 at 128. */
  int stepsPerEpoch(int batch) {
    return (data.train().size() + batch - 1) / batch;
  }
}
