package dev.lamina.spark;

import dev.lamina.runtime.Model;
import dev.lamina.runtime.io.CheckpointInfo;
import dev.lamina.runtime.metric.Metric;
import dev.lamina.runtime.optim.Optimizer;
import dev.lamina.runtime.train.FitConfig;
import dev.lamina.runtime.train.History;
import dev.lamina.runtime.train.Trainer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Synchronous data-parallel training, evaluation and batch inference of a generated network on Spark,
 * with {@link Trainer}'s API and results:
 *
 * <pre>{@code
 * SparkTrainer trainer = SparkTrainer.builder(spark, new NetworkSpec("FashionCnn", 42))
 *     .loss(Losses::sparseCategoricalCrossentropy)
 *     .optimizer(Adam.builder().build())
 *     .metrics(Metrics.accuracy())
 *     .partitions(2)
 *     .build();
 * History history = trainer.fit(rows, FitConfig.builder().epochs(2).batchSize(64).build());
 * SparkEvaluation test = trainer.evaluate(testRows);
 * Dataset<Row> predicted = trainer.predict(testRows); // + prediction, probability
 * }</pre>
 *
 * <p>The rows are split once into {@code partitions} contiguous shards cached on the executors. Each
 * step of global batch {@code B} is one Spark job: the driver broadcasts the weights, task {@code p}
 * runs {@code B / partitions} examples of its shard (in {@link FitConfig#microBatches()} micro-batches,
 * shard order shuffled per (seed, epoch, partition)) and returns its gradient sum; the driver adds the
 * sums in partition order, so the result never depends on which task finished first, and takes the
 * optimizer step with Lamina's optimizer. Everything else, epochs, {@link History}, callbacks (on the
 * driver), progress and checkpoints, is {@link Trainer}'s: this class runs
 * {@link Trainer#fit(dev.lamina.runtime.train.StepSource, FitConfig)}.
 *
 * <p>Semantics that differ from one process: batch normalization normalizes with each micro-batch's
 * own statistics (as {@code Trainer} with micro-batches) and the moving statistics the driver keeps
 * are partition 0's after each step; dropout masks are drawn from a seed of (fit seed, epoch, step,
 * partition), so a retried task draws the same masks. Networks on executors are created once per
 * partition from the {@link NetworkSpec} and get the weights from the broadcast, never per row.
 *
 * <p>A task that fails is retried by Spark ({@code spark.task.maxFailures}) and computes the same
 * result, so the loss curve is unchanged; a restarted driver resumes from a {@code ModelCheckpoint}
 * file with {@link #restore} and {@code FitConfig.initialEpoch}.
 */
public final class SparkTrainer {
  private final SparkSession spark;
  private final NetworkSpec spec;
  private final LossFactory lossFactory;
  private final Trainer trainer;
  private final int partitions;
  private final String featuresColumn;
  private final String labelColumn;
  private final TaskHook hook;
  private final String run = UUID.randomUUID().toString();
  private final StepTimes times = new StepTimes();

  private SparkTrainer(Builder b) {
    this.spark = b.spark;
    this.spec = b.spec;
    this.lossFactory = Objects.requireNonNull(b.lossFactory, "no loss: call loss(Losses::...) before build()");
    this.partitions = b.partitions;
    this.featuresColumn = b.featuresColumn;
    this.labelColumn = b.labelColumn;
    this.hook = b.hook;
    Trainer.Builder t = Trainer.builder(spec.create()).loss(lossFactory.create()).metrics(b.metrics.toArray(Metric[]::new));
    if (b.optimizer != null) {
      t.optimizer(b.optimizer);
    }
    this.trainer = t.build();
  }

  /** Starts configuring the training of the network {@code spec} names, on {@code spark}. */
  public static Builder builder(SparkSession spark, NetworkSpec spec) {
    return new Builder(Objects.requireNonNull(spark, "spark"), Objects.requireNonNull(spec, "spec"));
  }

  /**
   * Trains on {@code data} (a features and a label column, see {@link Builder#columns}).
   *
   * @param config as for {@link Trainer#fit}; {@code batchSize} is the global batch and must be a
   *     multiple of {@code partitions * microBatches}; validation data is a local data set, evaluated
   *     on the driver
   * @throws IllegalArgumentException if the data does not fit the network or the batch size does not
   *     divide, naming the column
   */
  public History fit(Dataset<Row> data, FitConfig config) {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(config, "config");
    JavaRDD<Shard> shards = Shards.of(data, featuresColumn, labelColumn, partitions, exampleLength());
    try {
      SparkSteps steps = new SparkSteps(context(), trainer.model(), shards, run, spec, lossFactory, hook, times);
      steps.perTask(config);
      return trainer.fit(steps, config);
    } finally {
      shards.unpersist(false);
    }
  }

  /** {@link #evaluate(Dataset, int)} with batch size 32. */
  public SparkEvaluation evaluate(Dataset<Row> data) {
    return evaluate(data, 32);
  }

  /**
   * The mean loss and the accuracy over {@code data}, inference mode, each partition in batches of
   * {@code batchSize}; partition sums are added in partition order.
   */
  public SparkEvaluation evaluate(Dataset<Row> data, int batchSize) {
    Broadcast<Weights> weights = context().broadcast(Weights.of(trainer.model()));
    try {
      StructType schema = data.schema();
      List<Row> parts = data.javaRDD().mapPartitionsWithIndex(new InferenceTask(run, spec, lossFactory, weights,
          schema.fieldIndex(featuresColumn), schema.fieldIndex(labelColumn), batchSize, true), true).collect();
      List<Row> ordered = new ArrayList<>(parts);
      ordered.sort((a, b) -> Integer.compare(a.getInt(0), b.getInt(0)));
      double lossSum = 0;
      long correct = 0;
      long examples = 0;
      for (Row r : ordered) {
        lossSum += r.getDouble(1);
        correct += r.getLong(2);
        examples += r.getLong(3);
      }
      return new SparkEvaluation(lossSum / examples, (double) correct / examples, examples);
    } finally {
      weights.unpersist(false);
    }
  }

  /**
   * {@code data} with two more columns: {@code prediction} (int, the class of highest probability)
   * and {@code probability} (float, that probability). Rows keep their partitions and order; each
   * partition runs the network in batches of 32 with weights broadcast once.
   */
  public Dataset<Row> predict(Dataset<Row> data) {
    Broadcast<Weights> weights = context().broadcast(Weights.of(trainer.model()));
    StructType schema = data.schema();
    StructType out = schema.add("prediction", DataTypes.IntegerType, false)
        .add("probability", DataTypes.FloatType, false);
    JavaRDD<Row> rows = data.javaRDD().mapPartitionsWithIndex(new InferenceTask(run, spec, lossFactory, weights,
        schema.fieldIndex(featuresColumn), -1, 32, false), true);
    return spark.createDataFrame(rows, out);
  }

  /** Saves the driver's weights and optimizer state as {@link Trainer#save}. */
  public void save(Path path) throws IOException {
    trainer.save(path);
  }

  /** Restores a checkpoint as {@link Trainer#restore}; resume with {@code initialEpoch(info.epoch())}. */
  public CheckpointInfo restore(Path path) throws IOException {
    return trainer.restore(path);
  }

  /** Wall and task compute times of the training steps run so far (for benchmarks). */
  public StepTimes stepTimes() {
    return times;
  }

  /** The driver's network. */
  public Model model() {
    return trainer.model();
  }

  /** The driver's {@link Trainer} (its optimizer, loss and metrics). */
  public Trainer trainer() {
    return trainer;
  }

  /** Forgets the networks cached for this trainer in this JVM (the driver; local-mode executors). */
  public void releaseLocalWorkers() {
    Worker.release(run);
  }

  private int exampleLength() {
    return Arrays.stream(trainer.model().inputShape()).reduce(1, (a, b) -> a * b);
  }

  private JavaSparkContext context() {
    return JavaSparkContext.fromSparkContext(spark.sparkContext());
  }

  /** Configures a {@link SparkTrainer}. */
  public static final class Builder {
    private final SparkSession spark;
    private final NetworkSpec spec;
    private LossFactory lossFactory;
    private Optimizer optimizer;
    private final List<Metric> metrics = new ArrayList<>();
    private int partitions;
    private String featuresColumn = "features";
    private String labelColumn = "label";
    private TaskHook hook;

    private Builder(SparkSession spark, NetworkSpec spec) {
      this.spark = spark;
      this.spec = spec;
      this.partitions = spark.sparkContext().defaultParallelism();
    }

    /** The loss, created on the driver and on each executor (required). */
    public Builder loss(LossFactory lossFactory) {
      this.lossFactory = Objects.requireNonNull(lossFactory, "lossFactory");
      return this;
    }

    /** The optimizer, on the driver (default RMSprop, as {@link Trainer}). */
    public Builder optimizer(Optimizer optimizer) {
      this.optimizer = Objects.requireNonNull(optimizer, "optimizer");
      return this;
    }

    /** Metrics besides the loss, computed on the driver from the tasks' outputs. */
    public Builder metrics(Metric... metrics) {
      this.metrics.clear();
      this.metrics.addAll(List.of(metrics));
      return this;
    }

    /** Shards (tasks per step); default Spark's default parallelism. */
    public Builder partitions(int partitions) {
      if (partitions < 1) {
        throw new IllegalArgumentException("partitions must be >= 1, got " + partitions);
      }
      this.partitions = partitions;
      return this;
    }

    /** The features and label columns (default {@code features}, {@code label}). */
    public Builder columns(String featuresColumn, String labelColumn) {
      this.featuresColumn = Objects.requireNonNull(featuresColumn, "featuresColumn");
      this.labelColumn = Objects.requireNonNull(labelColumn, "labelColumn");
      return this;
    }

    /** A hook every training task calls first (fault-injection tests). */
    public Builder taskHook(TaskHook hook) {
      this.hook = hook;
      return this;
    }

    /** @throws NullPointerException if no loss was given */
    public SparkTrainer build() {
      return new SparkTrainer(this);
    }
  }
}
