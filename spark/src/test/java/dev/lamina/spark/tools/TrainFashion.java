package dev.lamina.spark.tools;

import dev.lamina.runtime.data.array.ArrayDataset;
import dev.lamina.runtime.data.mnist.FashionMnist;
import dev.lamina.runtime.data.mnist.MnistData;
import dev.lamina.runtime.data.preprocess.Split;
import dev.lamina.runtime.data.preprocess.StandardScaler;
import dev.lamina.runtime.loss.Losses;
import dev.lamina.runtime.metric.MetricKey;
import dev.lamina.runtime.metric.Metrics;
import dev.lamina.runtime.optim.Sgd;
import dev.lamina.runtime.train.FitConfig;
import dev.lamina.runtime.train.History;
import dev.lamina.runtime.train.Verbosity;
import dev.lamina.spark.NetworkSpec;
import dev.lamina.spark.SparkData;
import dev.lamina.spark.SparkEvaluation;
import dev.lamina.spark.SparkTrainer;
import dev.lamina.spark.StepTimes;
import dev.lamina.runtime.callback.Callback;
import dev.lamina.runtime.callback.TrainingContext;
import dev.lamina.runtime.metric.Logs;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Trains {@code FashionCnn} on real Fashion-MNIST on a Spark cluster (spark/train-fashion.sh) and
 * prints the test accuracy and the step times.
 *
 * <p>Arguments: {@code --master URL --epochs E --limit N (training examples) --batch B
 * --partitions P --steps S (stop after S steps per epoch, benchmark) }.
 */
public final class TrainFashion {
  private TrainFashion() {}

  public static void main(String[] args) throws Exception {
    String master = arg(args, "--master", "local[2]");
    int epochs = Integer.parseInt(arg(args, "--epochs", "1"));
    int limit = Integer.parseInt(arg(args, "--limit", "60000"));
    int batch = Integer.parseInt(arg(args, "--batch", "64"));
    int partitions = Integer.parseInt(arg(args, "--partitions", "2"));
    int micro = Integer.parseInt(arg(args, "--micro", "1"));
    int testLimit = Integer.parseInt(arg(args, "--test", "10000"));
    int warmup = Integer.parseInt(arg(args, "--warmup", "3"));
    String classPath = System.getProperty("java.class.path");
    SparkSession.Builder builder = SparkSession.builder();
    builder.master(master).appName("lamina-train-fashion")
        .config("spark.executor.extraClassPath", classPath)
        .config("spark.executor.extraJavaOptions", System.getProperty("lamina.spark.jvmArgs", "")
            + " -Dorg.bytedeco.javacpp.maxphysicalbytes=0")
        .config("spark.executorEnv.OMP_NUM_THREADS", "1")
        .config("spark.executor.cores", "1").config("spark.cores.max", String.valueOf(partitions))
        .config("spark.executor.memory", "2g").config("spark.task.maxFailures", "4")
        .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.ui.enabled", "false").config("spark.rpc.message.maxSize", "512")
        // a task's result (gradient sum, 1.76 MB for FashionCnn) comes back in the task's status
        // message instead of being stored and fetched from the executor's block manager (1 MiB default)
        .config("spark.task.maxDirectResultSize", String.valueOf(64 << 20));
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals("--conf")) { // --conf key=value, any Spark setting (overrides the above)
        String[] kv = args[i + 1].split("=", 2);
        builder.config(kv[0], kv[1]);
      }
    }
    SparkSession spark = builder.getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    TaskMetricsListener listener = new TaskMetricsListener();
    spark.sparkContext().addSparkListener(listener);
    try {
      MnistData data = FashionMnist.load();
      ArrayDataset train = limit >= data.train().size() ? data.train() : Split.first(limit).of(data.train()).validation();
      ArrayDataset test = testLimit >= data.test().size() ? data.test() : Split.first(testLimit).of(data.test()).validation();
      StandardScaler scaler = StandardScaler.fit(train);
      Dataset<Row> trainRows = SparkData.of(spark, scaler.transform(train), partitions);
      Dataset<Row> testRows = SparkData.of(spark, scaler.transform(test), partitions);
      SparkTrainer trainer = SparkTrainer.builder(spark, new NetworkSpec("FashionCnn", 42))
          .loss(Losses::sparseCategoricalCrossentropy).optimizer(Sgd.builder().learningRate(0.01).build())
          .metrics(Metrics.accuracy()).partitions(partitions).build();
      String curveFile = arg(args, "--curve", null);
      PrintWriter curve = curveFile == null ? null : new PrintWriter(Files.newBufferedWriter(Path.of(curveFile)), true);
      long[] timed = new long[2];
      Callback recorder = new Callback() {
        private double previous;
        private boolean warm;

        @Override
        public void onBatchEnd(TrainingContext context, int b, Logs logs) {
          double sum = logs.get(MetricKey.LOSS) * (b + 1);
          if (curve != null) {
            curve.println(Double.toString(sum - (b == 0 ? 0 : previous)));
          }
          previous = sum;
          if (b == warmup - 1 && !warm) {
            trainer.stepTimes().reset(); // step times after the warm-up steps
            listener.start();
            warm = true;
            timed[0] = System.nanoTime();
          } else if (warm) {
            timed[1] = System.nanoTime(); // end of the last step, its optimizer update included
          }
        }
      };
      long start = System.nanoTime();
      History history = trainer.fit(trainRows, FitConfig.builder().epochs(epochs).batchSize(batch).microBatches(micro).seed(42)
          .verbosity(Verbosity.ONE_LINE_PER_EPOCH).callbacks(recorder).build());
      if (curve != null) {
        curve.close();
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      Thread.sleep(1000); // the listener bus is asynchronous
      listener.stop();
      StepTimes t = trainer.stepTimes();
      double stepMillis = (timed[1] - timed[0]) / 1e6 / t.steps();
      SparkEvaluation result = trainer.evaluate(testRows, 256);
      System.out.printf("master %s, %d partitions, %d training examples, %d epoch(s), global batch %d, %d micro-batch(es) per task%n",
          master, partitions, train.size(), epochs, batch, micro);
      System.out.printf("training loss by epoch %s, accuracy %s%n", Arrays.toString(history.values(MetricKey.LOSS)),
          Arrays.toString(history.values(MetricKey.ACCURACY)));
      System.out.printf("fit: %.1f s (%.1f samples/s including data caching); after %d warm-up steps: %d steps,"
          + " step %.1f ms (%.1f samples/s; Spark step wall %.1f ms), slowest task %.1f ms, overhead %.1f ms (driver: broadcast %.1f ms,"
          + " combine %.1f ms)%n", seconds, (double) train.size() * epochs / seconds, warmup, t.steps(), stepMillis,
          batch * 1000 / stepMillis, t.meanWallMillis(), t.meanComputeMillis(), t.meanOverheadMillis(), t.meanBroadcastMillis(),
          t.meanCombineMillis());
      System.out.printf("slowest task: fetch weights %.1f ms, load %.1f ms, passes %.1f ms (thread CPU %.1f ms), pack %.1f ms%n",
          t.meanTaskFetchMillis(), t.meanTaskLoadMillis(), t.meanTaskPassMillis(), t.meanTaskPassCpuMillis(),
          t.meanTaskPackMillis());
      System.out.println(listener.report());
      System.out.printf("test (%d examples): loss %.4f, accuracy %.4f%n", result.examples(), result.loss(),
          result.accuracy());
    } finally {
      spark.stop();
    }
  }

  /** The value after the last occurrence of {@code name} (scripts put defaults first). */
  static String arg(String[] args, String name, String fallback) {
    String value = fallback;
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        value = args[i + 1];
      }
    }
    return value;
  }
}
