package dev.lamina.spark;

import dev.lamina.runtime.Model;
import dev.lamina.runtime.metric.MetricAccumulator;
import dev.lamina.runtime.train.EpochSteps;
import dev.lamina.runtime.train.FitConfig;
import dev.lamina.runtime.train.GradientSum;
import dev.lamina.runtime.train.StepResult;
import dev.lamina.runtime.train.StepSource;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The driver's side of a Spark fit: a {@link StepSource} whose steps are Spark jobs. Per step it
 * broadcasts the weights, runs one {@link ShardTask} per partition, adds the tasks' gradient sums in
 * partition order (not completion order) and writes the mean into the driver's network.
 */
final class SparkSteps implements StepSource {
  private final JavaSparkContext context;
  private final Model model;
  private final JavaRDD<Shard> shards;
  private final int partitions;
  private final long size;
  private final int largest;
  private final String run;
  private final NetworkSpec spec;
  private final LossFactory lossFactory;
  private final TaskHook hook;
  private final int[] labelShape;
  private final GradientSum sum;
  private final INDArray part;
  private final StepTimes times;

  SparkSteps(JavaSparkContext context, Model model, JavaRDD<Shard> shards, String run, NetworkSpec spec,
      LossFactory lossFactory, TaskHook hook, StepTimes times) {
    this.times = times;
    this.context = context;
    this.model = model;
    this.shards = shards;
    this.partitions = shards.getNumPartitions();
    this.size = Shards.total(shards);
    this.largest = Shards.largest(shards);
    this.run = run;
    this.spec = spec;
    this.lossFactory = lossFactory;
    this.hook = hook;
    this.labelShape = new int[0];
    this.sum = new GradientSum(model.parameters().trainableCount(), model.parameters().values().dataType());
    this.part = Nd4j.zeros(model.parameters().values().dataType(), model.parameters().trainableCount());
  }

  @Override
  public int size() {
    return (int) size;
  }

  @Override
  public int[] exampleShape() {
    return model.inputShape();
  }

  @Override
  public int[] labelShape() {
    return labelShape;
  }

  /** Examples each task computes per step. */
  int perTask(FitConfig config) {
    if (config.batchSize() % (partitions * config.microBatches()) != 0) {
      throw new IllegalArgumentException("the batch size " + config.batchSize() + " must be a multiple of partitions ("
          + partitions + ") x micro-batches (" + config.microBatches() + ")");
    }
    return config.batchSize() / partitions;
  }

  @Override
  public EpochSteps epoch(int epoch, FitConfig config) {
    int perTask = perTask(config);
    int steps = (largest + perTask - 1) / perTask;
    return new EpochSteps() {
      private int step;

      @Override
      public boolean hasNext() {
        return step < steps;
      }

      @Override
      public StepResult next(List<MetricAccumulator> accumulators) {
        long started = System.nanoTime();
        Broadcast<Weights> weights = context.broadcast(Weights.of(model));
        long broadcast = System.nanoTime();
        List<ShardResult> results;
        try {
          results = shards.mapPartitionsWithIndex(new ShardTask(run, spec, lossFactory, weights, hook, epoch, step,
              perTask, config.microBatches(), config.shuffle(), config.seed()), true).collect();
        } finally {
          weights.unpersist(false);
        }
        long collected = System.nanoTime();
        step++;
        StepResult result = combine(results, accumulators);
        long done = System.nanoTime();
        TaskTimes slowest = results.stream().map(ShardResult::times).max(Comparator.comparingLong(TaskTimes::total))
            .orElse(TaskTimes.NONE);
        times.add(done - started, slowest, broadcast - started, done - collected);
        return result;
      }

      @Override
      public void close() {}
    };
  }

  private StepResult combine(List<ShardResult> results, List<MetricAccumulator> accumulators) {
    ShardResult[] ordered = new ShardResult[partitions];
    for (ShardResult r : results) {
      ordered[r.partition()] = r;
    }
    sum.reset();
    int examples = 0;
    for (ShardResult r : ordered) {
      if (r != null && r.examples() > 0) {
        FloatCopies.write(r.gradientSum(), part);
        sum.addSum(part, r.lossSum(), r.examples());
        examples += r.examples();
      }
    }
    if (examples == 0) {
      throw new IllegalStateException("a step with no examples");
    }
    int outputLength = 1;
    for (int d : model.outputShape()) {
      outputLength *= d;
    }
    float[] outputs = new float[examples * outputLength];
    int[] labels = new int[examples];
    int at = 0;
    for (ShardResult r : ordered) {
      if (r != null && r.examples() > 0) {
        System.arraycopy(r.outputs(), 0, outputs, at * outputLength, r.examples() * outputLength);
        System.arraycopy(r.labels(), 0, labels, at, r.examples());
        at += r.examples();
      }
    }
    long[] shape = new long[model.outputShape().length + 1];
    shape[0] = examples;
    for (int i = 0; i < model.outputShape().length; i++) {
      shape[i + 1] = model.outputShape()[i];
    }
    INDArray output = Nd4j.create(outputs, shape, 'c');
    INDArray y = Nd4j.createFromArray(labels).castTo(DataType.INT32);
    for (MetricAccumulator a : accumulators) {
      a.update(output, y);
    }
    if (ordered[0] != null && ordered[0].state().length > 0) {
      FloatCopies.write(ordered[0].state(), model.parameters().state());
    }
    double loss = sum.meanLoss();
    if (Double.isFinite(loss)) {
      sum.meanInto(model.parameters().gradients());
    }
    return new StepResult(loss, examples);
  }
}
