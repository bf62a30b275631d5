package dev.lamina.spark;

import dev.lamina.runtime.Model;
import dev.lamina.runtime.data.Order;
import dev.lamina.runtime.train.GradientSum;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.Function2;
import org.apache.spark.broadcast.Broadcast;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * One training step on one partition: loads the broadcast weights into the partition's cached
 * {@link Worker}, runs its micro-batches of the step (training mode, dropout seeded by (epoch, step,
 * partition)) and returns their gradient and loss sums.
 */
final class ShardTask implements Function2<Integer, Iterator<Shard>, Iterator<ShardResult>> {
  private static final long serialVersionUID = 1L;
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  private final String run;
  private final NetworkSpec spec;
  private final LossFactory lossFactory;
  private final Broadcast<Weights> weights;
  private final TaskHook hook;
  private final int epoch;
  private final int step;
  private final int perTask;
  private final int microBatches;
  private final boolean shuffle;
  private final long seed;

  ShardTask(String run, NetworkSpec spec, LossFactory lossFactory, Broadcast<Weights> weights, TaskHook hook,
      int epoch, int step, int perTask, int microBatches, boolean shuffle, long seed) {
    this.run = run;
    this.spec = spec;
    this.lossFactory = lossFactory;
    this.weights = weights;
    this.hook = hook;
    this.epoch = epoch;
    this.step = step;
    this.perTask = perTask;
    this.microBatches = microBatches;
    this.shuffle = shuffle;
    this.seed = seed;
  }

  @Override
  public Iterator<ShardResult> call(Integer partition, Iterator<Shard> shards) throws Exception {
    if (hook != null) {
      TaskContext context = TaskContext.get();
      hook.beforeStep(epoch, step, partition, context == null ? 0 : context.attemptNumber());
    }
    Shard shard = shards.hasNext() ? shards.next() : new Shard(new float[0], new int[0], 0);
    Worker worker = Worker.of(run, partition, spec, lossFactory);
    synchronized (worker) {
      return List.of(compute(worker, shard, partition)).iterator();
    }
  }

  private ShardResult compute(Worker worker, Shard shard, int partition) {
    int start = step * perTask;
    int end = Math.min(shard.count(), start + perTask);
    if (start >= end) {
      return new ShardResult(partition, new float[0], 0, 0, new float[0], new int[0], new float[0], TaskTimes.NONE);
    }
    long started = System.nanoTime();
    Model model = worker.model;
    Weights w = weights.value();
    long fetched = System.nanoTime();
    w.into(model);
    long loaded = System.nanoTime();
    long cpuStarted = CPU.getCurrentThreadCpuTime();
    model.seedDropout(Seeds.dropout(seed, epoch, step, partition));
    int[] order = worker.order(epoch, e -> new Order(shuffle, Seeds.shuffle(seed, e, partition)).indices(shard.count()));
    int[] shape = model.inputShape();
    int exampleLength = shape[0] * shape[1] * shape[2];
    int outputLength = 1;
    for (int d : model.outputShape()) {
      outputLength *= d;
    }
    int micro = perTask / microBatches;
    GradientSum sum = worker.sum;
    sum.reset();
    float[] outputs = new float[(end - start) * outputLength];
    int[] labels = new int[end - start];
    for (int from = start; from < end; from += micro) {
      int n = Math.min(micro, end - from);
      float[] x = new float[n * exampleLength];
      int[] y = new int[n];
      for (int i = 0; i < n; i++) {
        int row = order[from + i];
        System.arraycopy(shard.features(), row * exampleLength, x, i * exampleLength, exampleLength);
        y[i] = shard.labels()[row];
      }
      INDArray features = Nd4j.create(x, new long[] {n, shape[0], shape[1], shape[2]}, 'c');
      INDArray yArray = Nd4j.createFromArray(y).castTo(DataType.INT32);
      INDArray output = model.forward(features, true);
      double loss = worker.loss.valueAndGradient(output, yArray);
      System.arraycopy(output.dup('c').data().asFloat(), 0, outputs, (from - start) * outputLength, n * outputLength);
      System.arraycopy(y, 0, labels, from - start, n);
      model.backwardParameters(worker.loss.gradient(), worker.loss.gradientTarget());
      sum.addMean(model.parameters().gradients(), loss, n);
    }
    long computed = System.nanoTime();
    long cpu = CPU.getCurrentThreadCpuTime() - cpuStarted;
    float[] state = partition == 0 && model.parameters().nonTrainableCount() > 0
        ? FloatCopies.read(model.parameters().state()) : new float[0];
    float[] gradientSum = FloatCopies.read(sum.sum());
    long packed = System.nanoTime();
    return new ShardResult(partition, gradientSum, sum.lossSum(), sum.examples(), outputs, labels, state,
        new TaskTimes(fetched - started, loaded - fetched, computed - loaded, cpu, packed - computed));
  }
}
