package dev.lamina.spark.tools;

import dev.lamina.runtime.callback.Callback;
import dev.lamina.runtime.callback.TrainingContext;
import dev.lamina.runtime.data.array.ArrayDataset;
import dev.lamina.runtime.data.mnist.FashionMnist;
import dev.lamina.runtime.data.preprocess.Split;
import dev.lamina.runtime.data.preprocess.StandardScaler;
import dev.lamina.runtime.loss.Losses;
import dev.lamina.runtime.metric.Logs;
import dev.lamina.runtime.metric.Metrics;
import dev.lamina.runtime.optim.Sgd;
import dev.lamina.runtime.train.FitConfig;
import dev.lamina.runtime.train.Trainer;
import dev.lamina.runtime.train.Verbosity;
import dev.lamina.spark.NetworkSpec;

/**
 * The single-process baseline of spark/bench.sh: {@code FashionCnn} trained by {@link Trainer} in
 * this JVM (run it with {@code OMP_NUM_THREADS=1}) at the given global batch; prints samples/s over
 * the steps after the first {@code --warmup} (3); {@code --local-micro m} accumulates m micro-batches per step.
 */
public final class LocalBench {
  private LocalBench() {}

  public static void main(String[] args) throws Exception {
    int limit = Integer.parseInt(TrainFashion.arg(args, "--limit", "6400"));
    int batch = Integer.parseInt(TrainFashion.arg(args, "--batch", "64"));
    int micro = Integer.parseInt(TrainFashion.arg(args, "--local-micro", "1"));
    int warmup = Integer.parseInt(TrainFashion.arg(args, "--warmup", "3"));
    ArrayDataset train = Split.first(limit).of(FashionMnist.load().train()).validation();
    train = StandardScaler.fit(train).transform(train);
    Trainer trainer = Trainer.builder(new NetworkSpec("FashionCnn", 42).create())
        .loss(Losses.sparseCategoricalCrossentropy()).optimizer(Sgd.builder().learningRate(0.01).build())
        .metrics(Metrics.accuracy()).build();
    long[] times = new long[2];
    long[] cpu = new long[2]; // the training thread's CPU time, nanoseconds
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    int[] steps = new int[1];
    Callback timer = new Callback() {
      @Override
      public void onBatchEnd(TrainingContext context, int b, Logs logs) {
        if (b == warmup - 1) {
          times[0] = System.nanoTime();
          cpu[0] = threads.getCurrentThreadCpuTime();
        }
        if (b > warmup - 1) {
          steps[0]++;
          times[1] = System.nanoTime();
          cpu[1] = threads.getCurrentThreadCpuTime();
        }
      }
    };
    trainer.fit(train, FitConfig.builder().epochs(1).batchSize(batch).microBatches(micro).seed(42).verbosity(Verbosity.SILENT)
        .callbacks(timer).build());
    double perStep = (times[1] - times[0]) / 1e6 / steps[0];
    System.out.printf("one process (OMP_NUM_THREADS=%s), global batch %d, %d micro-batch(es): %d timed steps,"
        + " %.1f ms/step (thread CPU %.1f ms), %.1f samples/s%n", System.getenv("OMP_NUM_THREADS"), batch, micro, steps[0],
        perStep, (cpu[1] - cpu[0]) / 1e6 / steps[0], batch * 1000 / perStep);
  }
}
