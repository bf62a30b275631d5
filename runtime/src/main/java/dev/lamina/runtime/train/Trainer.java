package dev.lamina.runtime.train;

import dev.lamina.runtime.Model;
import dev.lamina.runtime.callback.Callback;
import dev.lamina.runtime.data.Dataset;
import dev.lamina.runtime.io.CheckpointInfo;
import dev.lamina.runtime.io.Checkpoints;
import dev.lamina.runtime.loss.BoundLoss;
import dev.lamina.runtime.loss.Loss;
import dev.lamina.runtime.metric.Metric;
import dev.lamina.runtime.metric.MetricKey;
import dev.lamina.runtime.optim.Optimizer;
import dev.lamina.runtime.optim.RmsProp;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.INDArrayIndex;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Trains, evaluates and runs a network the way Keras's {@code compile}/{@code fit}/{@code evaluate}/
 * {@code predict} do:
 *
 * <pre>{@code
 * Trainer trainer = Trainer.builder(model)
 *     .loss(Losses.sparseCategoricalCrossentropy())
 *     .optimizer(Sgd.builder().learningRate(0.01).build())
 *     .metrics(Metrics.accuracy())
 *     .build();
 * History history = trainer.fit(train, FitConfig.builder().epochs(10).validationData(valid)
 *     .callbacks(new TensorBoard(logDir), ModelCheckpoint.builder(file).saveBestOnly(true).build(),
 *         EarlyStopping.builder().patience(5).minDelta(1e-3).build())
 *     .seed(42).build());
 * Evaluation test = trainer.evaluate(testData);
 * INDArray probabilities = trainer.predict(images, 256);
 * }</pre>
 *
 * Each training step runs the network forward, computes the loss and its gradient (fused with a
 * softmax or sigmoid output), runs the network backward and updates every trainable value with the
 * optimizer. The epoch's {@code loss} and metrics are running means over its batches, each computed
 * on the batch's forward pass before its update, as in Keras. A batch whose loss is NaN or infinite
 * is never applied: {@code fit} throws {@link dev.lamina.runtime.NonFiniteValueException} unless a
 * callback ({@link dev.lamina.runtime.callback.TerminateOnNaN}) stops the training.
 *
 * <p>A trainer owns its optimizer's state; it is not thread-safe.
 */
public final class Trainer {
  private final Compiled compiled;
  private final Loss loss;
  private int completedEpochs;
  private long seed;

  private Trainer(Builder b) {
    if (b.loss == null) {
      throw new IllegalStateException("no loss: call Trainer.builder(model).loss(Losses....) before build()");
    }
    this.loss = b.loss;
    Set<MetricKey> keys = new HashSet<>(List.of(MetricKey.LOSS));
    for (Metric m : b.metrics) {
      if (!keys.add(m.key())) {
        throw new IllegalArgumentException("metric " + m.name() + " is given twice (or is named loss)");
      }
    }
    BoundLoss boundLoss = loss.bind(b.model);
    b.optimizer.build(b.model.parameters());
    this.compiled = new Compiled(b.model, boundLoss, b.optimizer, List.copyOf(b.metrics));
  }

  /** Starts configuring the training of {@code model}. */
  public static Builder builder(Model model) {
    return new Builder(Objects.requireNonNull(model, "model"));
  }

  /**
   * Trains for {@code config.epochs() - config.initialEpoch()} epochs (fewer if a callback stops).
   *
   * @return the figures of each epoch run
   * @throws IllegalArgumentException if the training or validation data does not fit the network,
   *     the loss or a metric (checked before the first step: shapes; during training: class indices
   *     out of range), naming the data, the epoch and batch where it applies
   * @throws dev.lamina.runtime.NonFiniteValueException if a batch loss is NaN or infinite and no
   *     callback stops the training
   * @throws java.io.UncheckedIOException if a callback cannot write its files (log directory,
   *     checkpoint)
   */
  public History fit(Dataset train, FitConfig config) {
    Objects.requireNonNull(train, "train");
    Objects.requireNonNull(config, "config");
    compiled.check(train, "training");
    config.validationData().ifPresent(v -> compiled.check(v, "validation"));
    List<Callback> callbacks = new ArrayList<>();
    if (config.verbosity() != Verbosity.SILENT) {
      boolean terminal = config.progressOutput() == System.out && System.console() != null;
      callbacks.add(new ProgressLogger(config.progressOutput(), config.verbosity(), terminal, System::nanoTime));
    }
    callbacks.addAll(config.callbacks());
    seed = config.seed();
    return new FitRun(compiled, new DatasetSource(compiled, train), config, callbacks,
        done -> completedEpochs = done).run();
  }

  /**
   * Trains as {@link #fit(Dataset, FitConfig)}, with each step's gradient computed by {@code source}
   * (a distributed trainer's shards) instead of this thread: the epoch loop, optimizer step, figures,
   * {@link History}, callbacks and progress are the same. Validation data, if any, is evaluated
   * here, on this trainer's network.
   *
   * @throws IllegalArgumentException if the source's examples or labels do not fit the network, the
   *     loss or a metric, or the validation data does not fit
   */
  public History fit(StepSource source, FitConfig config) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(config, "config");
    compiled.check(source.exampleShape(), source.labelShape(), source.size(), "training");
    config.validationData().ifPresent(v -> compiled.check(v, "validation"));
    List<Callback> callbacks = new ArrayList<>();
    if (config.verbosity() != Verbosity.SILENT) {
      boolean terminal = config.progressOutput() == System.out && System.console() != null;
      callbacks.add(new ProgressLogger(config.progressOutput(), config.verbosity(), terminal, System::nanoTime));
    }
    callbacks.addAll(config.callbacks());
    seed = config.seed();
    return new FitRun(compiled, source, config, callbacks, done -> completedEpochs = done).run();
  }

  /** {@link #evaluate(Dataset, int)} with Keras's batch size 32. */
  public Evaluation evaluate(Dataset data) {
    return evaluate(data, 32);
  }

  /**
   * The mean loss and metrics over {@code data}, inference mode (no dropout), in stored order.
   *
   * @throws IllegalArgumentException if the data does not fit (as for {@link #fit}) or batchSize < 1
   */
  public Evaluation evaluate(Dataset data, int batchSize) {
    Objects.requireNonNull(data, "data");
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be >= 1, got " + batchSize);
    }
    compiled.check(data, "evaluation");
    return new Evaluation(compiled.evaluate(data, batchSize, "evaluation", false));
  }

  /** {@link #predict(INDArray, int)} with Keras's batch size 32. */
  public INDArray predict(INDArray features) {
    return predict(features, 32);
  }

  /**
   * The network's outputs for {@code features} in inference mode, computed {@code batchSize}
   * examples at a time.
   *
   * @param features {@code [n, height, width, channels]}
   * @return {@code [n, ...outputShape]}, a new array
   * @throws IllegalArgumentException if features is not a non-empty batch the network takes, or
   *     batchSize < 1
   */
  public INDArray predict(INDArray features, int batchSize) {
    Objects.requireNonNull(features, "features");
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be >= 1, got " + batchSize);
    }
    if (features.rank() < 1 || features.size(0) < 1) {
      throw new IllegalArgumentException("predict needs at least one example, got shape "
          + java.util.Arrays.toString(features.shape()));
    }
    INDArray x = features.ordering() == 'c' ? features : features.dup('c');
    long n = x.size(0);
    INDArray result = null;
    for (long start = 0; start < n; start += batchSize) {
      long end = Math.min(n, start + batchSize);
      INDArray output = compiled.model().forward(x.get(rows(x.rank(), start, end)), false);
      if (result == null) {
        long[] shape = output.shape().clone();
        shape[0] = n;
        result = Nd4j.create(output.dataType(), shape);
      }
      result.get(rows(result.rank(), start, end)).assign(output);
    }
    return result;
  }

  private static INDArrayIndex[] rows(int rank, long start, long end) {
    INDArrayIndex[] index = new INDArrayIndex[rank];
    index[0] = NDArrayIndex.interval(start, end);
    for (int i = 1; i < rank; i++) {
      index[i] = NDArrayIndex.all();
    }
    return index;
  }

  /**
   * Saves weights, optimizer state, the completed epoch count and the last fit's seed atomically
   * (see {@link Checkpoints#save}).
   *
   * @throws IOException if the file cannot be written or {@code path} is a directory; an existing
   *     file is left intact
   * @throws IllegalArgumentException if {@code path} names no file (a root directory such as {@code /})
   */
  public void save(Path path) throws IOException {
    Checkpoints.save(path, compiled.model(), compiled.optimizer(), completedEpochs, seed);
  }

  /**
   * Loads a checkpoint saved by {@link #save} or {@code ModelCheckpoint} into this trainer's
   * network and optimizer. Continue with {@code FitConfig.initialEpoch(info.epoch())} and the same
   * seed to train exactly as if training had not stopped.
   *
   * @throws IOException as {@link Checkpoints#load}; the network and optimizer are unchanged then
   * @throws dev.lamina.runtime.io.IncompatibleCheckpointException if it was saved from another
   *     architecture or optimizer
   */
  public CheckpointInfo restore(Path path) throws IOException {
    CheckpointInfo info = Checkpoints.load(path, compiled.model(), compiled.optimizer());
    completedEpochs = info.epoch();
    seed = info.seed();
    return info;
  }

  /** The network. */
  public Model model() {
    return compiled.model();
  }

  /** The optimizer, bound to the network's parameters. */
  public Optimizer optimizer() {
    return compiled.optimizer();
  }

  /** The loss. */
  public Loss loss() {
    return loss;
  }

  /** The metrics, in compile order. */
  public List<Metric> metrics() {
    return compiled.metrics();
  }

  /** Epochs completed by the last fit or restored from a checkpoint. */
  public int completedEpochs() {
    return completedEpochs;
  }

  /** Configures a {@link Trainer} (Keras's {@code compile}). */
  public static final class Builder {
    private final Model model;
    private Loss loss;
    private Optimizer optimizer;
    private final List<Metric> metrics = new ArrayList<>();

    private Builder(Model model) {
      this.model = model;
    }

    /** The loss to minimize (required). */
    public Builder loss(Loss loss) {
      this.loss = Objects.requireNonNull(loss, "loss");
      return this;
    }

    /** The optimizer (default RMSprop with Keras's defaults, as {@code compile}'s default). */
    public Builder optimizer(Optimizer optimizer) {
      this.optimizer = Objects.requireNonNull(optimizer, "optimizer");
      return this;
    }

    /** Metrics to report besides the loss (replaces earlier ones). */
    public Builder metrics(Metric... metrics) {
      this.metrics.clear();
      this.metrics.addAll(List.of(metrics));
      return this;
    }

    /**
     * @throws IllegalStateException if no loss was given, or the optimizer is already bound to
     *     another network
     * @throws IllegalArgumentException if the loss does not suit the network's output activation or
     *     a metric is given twice
     */
    public Trainer build() {
      if (optimizer == null) {
        optimizer = RmsProp.builder().build();
      }
      return new Trainer(this);
    }
  }
}
