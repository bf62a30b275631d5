package dev.lamina.samples.cli;

import dev.lamina.runtime.Model;
import dev.lamina.runtime.callback.CsvLogger;
import dev.lamina.runtime.callback.EarlyStopping;
import dev.lamina.runtime.callback.ModelCheckpoint;
import dev.lamina.runtime.io.AtomicFiles;
import dev.lamina.runtime.metric.MetricKey;
import dev.lamina.runtime.optim.Optimizer;
import dev.lamina.runtime.plot.LearningCurves;
import dev.lamina.runtime.tensorboard.TensorBoard;
import dev.lamina.runtime.train.Evaluation;
import dev.lamina.runtime.train.FitConfig;
import dev.lamina.runtime.train.History;
import dev.lamina.runtime.train.Trainer;
import dev.lamina.runtime.train.Verbosity;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lamina train}: trains a sample network on Fashion-MNIST the way the Keras tutorial does,
 * with early stopping on the validation loss, a best-only checkpoint, TensorBoard logs, a history CSV
 * and learning curves, then evaluates the final model on the test set.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Train a network on Fashion-MNIST (defaults: the tutorial's settings).")
final class TrainCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = {"-n", "--network"}, paramLabel = "NAME", defaultValue = "FashionCnn",
      converter = NetworkConverter.class,
      description = "FashionCnn, FashionSeparableCnn or FashionSegmenter (default: ${DEFAULT-VALUE}).")
  SampleNetwork network;

  @Option(names = {"-e", "--epochs"}, defaultValue = "10", description = "Epochs, at least 1 (default: ${DEFAULT-VALUE}).")
  int epochs;

  @Option(names = {"-b", "--batch-size"}, defaultValue = "32",
      description = "Examples per step, at least 1 (default: ${DEFAULT-VALUE}).")
  int batchSize;

  @Option(names = "--optimizer", defaultValue = "SGD", description = "SGD, ADAM or RMSPROP (default: ${DEFAULT-VALUE}).")
  OptimizerChoice optimizer;

  @Option(names = {"--learning-rate", "--lr"}, paramLabel = "RATE",
      description = "Learning rate, a positive number (default: Keras's for the optimizer: SGD 0.01, Adam and RMSprop 0.001).")
  Double learningRate;

  @Option(names = "--momentum", defaultValue = "0", description = "SGD/RMSprop momentum, 0 <= m < 1 (default: ${DEFAULT-VALUE}).")
  double momentum;

  @Option(names = "--seed", defaultValue = "42",
      description = "Seed of the initial weights, the shuffling and dropout (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = {"-o", "--output-dir"}, paramLabel = "DIR",
      description = "Where checkpoints, logs, history and curves go (default: runs/<network>).")
  Path outputDir;

  @Option(names = "--patience", defaultValue = "5",
      description = "Early stopping: epochs without improvement of val_loss, 0 or more (default: ${DEFAULT-VALUE}).")
  int patience;

  @Option(names = "--min-delta", defaultValue = "1e-3",
      description = "Early stopping: smallest change that counts as improvement, 0 or more (default:"
          + " ${DEFAULT-VALUE}).")
  double minDelta;

  @Option(names = "--train-limit", paramLabel = "N",
      description = "Train on only the first N training images after the validation split, N >= 1 (default:"
          + " all).")
  Integer trainLimit;

  @Option(names = "--verbose", defaultValue = "1",
      description = "0 silent, 1 progress bar, 2 one line per epoch (default: ${DEFAULT-VALUE}).")
  int verbose;

  @Mixin
  DataOptions data;

  @Override
  public Integer call() throws Exception {
    validate();
    PrintWriter out = spec.commandLine().getOut();
    RunFiles files = new RunFiles(outputDir != null ? outputDir : Path.of("runs", network.directoryName()));
    files.create();
    Model model = network.create(seed);
    String summary = model.summary().format();
    out.print(summary);
    AtomicFiles.write(files.summary(), summary.getBytes(StandardCharsets.UTF_8));

    Task task = network.task();
    FashionData fashion = data.load(task, trainLimit == null ? 0 : trainLimit);
    out.printf(Locale.ROOT, "Fashion-MNIST from %s: train %,d, validation %,d, test %,d; standardized with mean %.4f,"
            + " std %.4f%n", fashion.source(), fashion.train().size(), fashion.validation().size(),
        fashion.test().size(), fashion.scaler().mean(), fashion.scaler().std());
    out.flush();
    new Preprocessing(fashion.scaler().mean(), fashion.scaler().std(), data.validationSize(),
        trainLimit == null ? 0 : trainLimit)
        .writeTo(files.directory());

    Optimizer opt = optimizer.create(learningRate, momentum);
    Trainer trainer = Trainer.builder(model).loss(task.loss()).optimizer(opt)
        .metrics(task.metrics().toArray(new dev.lamina.runtime.metric.Metric[0])).build();
    EpochTimer timer = new EpochTimer();
    FitConfig config = FitConfig.builder().epochs(epochs).batchSize(batchSize).validationData(fashion.validation())
        .seed(seed).verbosity(Verbosity.values()[verbose]).progressOutput(System.out)
        .callbacks(timer,
            EarlyStopping.builder().monitor(MetricKey.VAL_LOSS).patience(patience).minDelta(minDelta).build(),
            ModelCheckpoint.builder(files.bestCheckpoint()).monitor(MetricKey.VAL_LOSS).saveBestOnly(true).build(),
            new TensorBoard(files.tensorBoardLogs()),
            CsvLogger.builder(files.historyCsv()).build())
        .build();
    History history = trainer.fit(fashion.train(), config);
    trainer.save(files.lastCheckpoint());
    LearningCurves.of(history).title(network.networkName() + " on Fashion-MNIST").writePng(files.learningCurves());

    Evaluation test = trainer.evaluate(fashion.test(), 256);
    out.printf(Locale.ROOT, "test: %s%n", test);
    out.printf(Locale.ROOT, "%d epoch%s, %.1f s per epoch on average; wrote %s%n", history.size(),
        history.size() == 1 ? "" : "s", timer.mean(),
        files.directory());
    new RunResults(model.name(), model.summary().totalParams(), history.size(), batchSize,
        optimizer + "(learning_rate=" + (learningRate == null ? optimizer.defaultLearningRate() : learningRate) + ")",
        fashion.train().size(), timer.seconds(), asMap(history.size() == 0 ? null : history.last()),
        asMap(test.logs())).write(files.results());
    return 0;
  }

  /** Checks every option's range before anything is loaded or written. */
  private void validate() {
    OptionChecks check = new OptionChecks(spec.commandLine())
        .atLeast("--epochs", epochs, 1)
        .atLeast("--batch-size", batchSize, 1)
        .fraction("--momentum", momentum)
        .atLeast("--patience", patience, 0)
        .notNegative("--min-delta", minDelta);
    if (learningRate != null) {
      check.positive("--learning-rate", learningRate);
    }
    if (trainLimit != null) {
      check.atLeast("--train-limit", trainLimit, 1);
    }
    if (verbose < 0 || verbose > 2) {
      throw check.fail("--verbose takes 0, 1 or 2 (as Keras's verbose); found " + verbose);
    }
    data.validate();
  }

  private static Map<String, Double> asMap(dev.lamina.runtime.metric.Logs logs) {
    Map<String, Double> map = new LinkedHashMap<>();
    if (logs != null) {
      logs.asMap().forEach((k, v) -> map.put(k.logName(), v));
    }
    return map;
  }
}
