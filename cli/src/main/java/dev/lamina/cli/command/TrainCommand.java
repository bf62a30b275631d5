package dev.lamina.cli.command;

import dev.lamina.cli.OptionChecks;
import dev.lamina.cli.data.TrainingData;
import dev.lamina.cli.network.Task;
import dev.lamina.cli.option.AugmentationOptions;
import dev.lamina.cli.option.DataOptions;
import dev.lamina.cli.option.NetworkOption;
import dev.lamina.cli.option.OptimizerChoice;
import dev.lamina.cli.option.OutputOptions;
import dev.lamina.cli.option.TrainDataOptions;
import dev.lamina.cli.run.EpochTimer;
import dev.lamina.cli.run.RunDirectory;
import dev.lamina.cli.run.RunFiles;
import dev.lamina.cli.run.RunResults;
import dev.lamina.runtime.Model;
import dev.lamina.runtime.NetworkProvider;
import dev.lamina.runtime.callback.CsvLogger;
import dev.lamina.runtime.callback.EarlyStopping;
import dev.lamina.runtime.callback.ModelCheckpoint;
import dev.lamina.runtime.data.Dataset;
import dev.lamina.runtime.data.augment.Augmentation;
import dev.lamina.runtime.io.AtomicFiles;
import dev.lamina.runtime.metric.Logs;
import dev.lamina.runtime.metric.Metric;
import dev.lamina.runtime.metric.MetricKey;
import dev.lamina.runtime.optim.Optimizer;
import dev.lamina.runtime.plot.LearningCurves;
import dev.lamina.runtime.tensorboard.TensorBoard;
import dev.lamina.runtime.kernel.Precision;
import dev.lamina.runtime.train.Evaluation;
import dev.lamina.runtime.train.FitConfig;
import dev.lamina.runtime.train.History;
import dev.lamina.runtime.train.Trainer;
import dev.lamina.runtime.train.Verbosity;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lamina train}: trains a network (the samples' or the user's) on Fashion-MNIST, MNIST or an
 * image folder the way the Keras tutorial does, with early stopping on the validation loss, a
 * best-only checkpoint, TensorBoard logs, a history CSV and learning curves, optionally augmenting
 * the training images; then evaluates the final weights on the test set (the validation set when
 * there is none). Every run gets a directory of its own ({@link RunDirectory}).
 */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Train a network on Fashion-MNIST, MNIST or an image folder (defaults: the tutorial's settings).")
public final class TrainCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  NetworkOption network;

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
      description = "Seed of the initial weights, the shuffling, dropout, augmentation and a folder's validation split"
          + " (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--patience", defaultValue = "5",
      description = "Early stopping: epochs without improvement of val_loss, 0 or more (default: ${DEFAULT-VALUE}).")
  int patience;

  @Option(names = "--min-delta", defaultValue = "1e-3",
      description = "Early stopping: smallest change that counts as improvement, 0 or more (default:"
          + " ${DEFAULT-VALUE}).")
  double minDelta;

  @Option(names = "--train-limit", paramLabel = "N",
      description = "Train on only the first N training images after the validation split, N >= 1 (default:"
          + " all). From an image folder, N drawn at random with --seed.")
  Integer trainLimit;

  @Option(names = "--precision", defaultValue = "FP32",
      description = "FP32, or BF16: mixed precision (bf16 products in convolutions and dense layers; fp32 weights,"
          + " gradients, optimizer and loss; checkpoints stay fp32) on CPUs with AVX512_BF16, fp32 with a warning"
          + " elsewhere (default: ${DEFAULT-VALUE}).")
  Precision precision;

  @Option(names = "--verbose", defaultValue = "1",
      description = "0 silent, 1 progress bar, 2 one line per epoch (default: ${DEFAULT-VALUE}).")
  int verbose;

  @Mixin
  OutputOptions output;

  @Mixin
  DataOptions data;

  @Mixin
  TrainDataOptions trainData;

  @Mixin
  AugmentationOptions augment;

  @Override
  public Integer call() throws Exception {
    validate();
    PrintWriter out = spec.commandLine().getOut();
    NetworkProvider provider = network.provider();
    Model model = precision.create(() -> provider.create(seed));
    Task task = taskOf(model);
    RunDirectory run = output.create(provider.name());
    TrainingData prepared;
    Optional<Augmentation> augmentation;
    try {
      prepared = trainData.load(data, task, model, seed, trainLimit == null ? 0 : trainLimit);
      checkClasses(model, task, prepared);
      double[] range = prepared.preprocessing().valueRange();
      augmentation = augment.build(range[0], range[1]);
    } catch (RuntimeException | IOException e) {
      run.discard();
      throw e;
    }
    RunFiles files = run.files();
    if (!run.note().isEmpty()) {
      out.println(run.note());
    }
    String summary = model.summary().format();
    out.print(summary);
    AtomicFiles.write(files.summary(), summary.getBytes(StandardCharsets.UTF_8));
    out.println(prepared.description());
    if (precision == Precision.BF16) {
      out.println(Precision.bf16Supported() ? "precision: bf16 mixed precision (fp32 weights, gradients and loss)"
          : "precision: this CPU lacks AVX512_BF16, training in fp32");
    }
    augmentation.ifPresent(a -> out.println("augmenting the training images: " + a));
    out.flush();
    prepared.preprocessing().withNetwork(provider.qualifiedName()).writeTo(files.directory());

    Dataset train = augmentation.map(a -> a.applyTo(prepared.train())).orElse(prepared.train());
    Optimizer opt = optimizer.create(learningRate, momentum);
    Trainer trainer = Trainer.builder(model).loss(task.loss(model)).optimizer(opt)
        .metrics(task.metrics().toArray(Metric[]::new)).build();
    EpochTimer timer = new EpochTimer();
    FitConfig config = FitConfig.builder().epochs(epochs).batchSize(batchSize).validationData(prepared.validation())
        .seed(seed).verbosity(Verbosity.values()[verbose]).progressOutput(System.out)
        .callbacks(timer,
            EarlyStopping.builder().monitor(MetricKey.VAL_LOSS).patience(patience).minDelta(minDelta).build(),
            ModelCheckpoint.builder(files.bestCheckpoint()).monitor(MetricKey.VAL_LOSS).saveBestOnly(true).build(),
            new TensorBoard(files.tensorBoardLogs()),
            CsvLogger.builder(files.historyCsv()).build())
        .build();
    History history = trainer.fit(train, config);
    trainer.save(files.lastCheckpoint());
    LearningCurves.of(history).title(provider.name() + " on " + prepared.title()).writePng(files.learningCurves());

    String evaluatedOn = prepared.test().isPresent() ? "test" : "validation";
    Evaluation result = trainer.evaluate(prepared.test().orElse(prepared.validation()), 256);
    out.printf(Locale.ROOT, "%s: %s%n", evaluatedOn, result);
    out.printf(Locale.ROOT, "%d epoch%s, %.1f s per epoch on average; wrote %s%n", history.size(),
        history.size() == 1 ? "" : "s", timer.mean(), files.directory());
    new RunResults(model.name(), model.summary().totalParams(), history.size(), batchSize,
        optimizer + "(learning_rate=" + (learningRate == null ? optimizer.defaultLearningRate() : learningRate) + ")",
        prepared.train().size(), timer.seconds(), asMap(history.size() == 0 ? null : history.last()),
        asMap(result.logs()), evaluatedOn, prepared.description(), augmentation.map(Augmentation::toString).orElse("none"))
        .write(files.results());
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
    trainData.validate(data);
    augment.build(0, 255);
  }

  private Task taskOf(Model model) {
    try {
      return Task.of(model);
    } catch (IllegalArgumentException e) {
      throw new OptionChecks(spec.commandLine()).fail(e.getMessage());
    }
  }

  /** A classifier's output units must be the data's classes. */
  private void checkClasses(Model model, Task task, TrainingData prepared) {
    int classes = prepared.classNames().size();
    if (task == Task.CLASSIFICATION && model.outputShape()[0] != classes) {
      throw new OptionChecks(spec.commandLine()).fail("network " + model.name() + " scores "
          + model.outputShape()[0] + " classes, but the data has " + classes + " " + prepared.classNames()
          + "; give its last @Dense layer units = " + classes);
    }
  }

  private static Map<String, Double> asMap(Logs logs) {
    Map<String, Double> map = new LinkedHashMap<>();
    if (logs != null) {
      logs.asMap().forEach((k, v) -> map.put(k.logName(), v));
    }
    return map;
  }
}
