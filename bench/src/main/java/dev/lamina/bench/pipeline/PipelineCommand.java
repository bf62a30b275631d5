package dev.lamina.bench.pipeline;

import dev.lamina.runtime.Model;
import dev.lamina.runtime.data.BatchIterator;
import dev.lamina.runtime.data.Dataset;
import dev.lamina.runtime.data.Order;
import dev.lamina.runtime.data.array.ArrayDataset;
import dev.lamina.runtime.data.augment.Augmentation;
import dev.lamina.runtime.data.augment.FlipMode;
import dev.lamina.runtime.data.image.ImageFolder;
import dev.lamina.runtime.data.mnist.FashionMnist;
import dev.lamina.runtime.data.mnist.MnistData;
import dev.lamina.runtime.data.preprocess.StandardScaler;
import dev.lamina.runtime.io.AtomicFiles;
import dev.lamina.runtime.loss.Losses;
import dev.lamina.runtime.metric.Metrics;
import dev.lamina.runtime.optim.Sgd;
import dev.lamina.runtime.train.FitConfig;
import dev.lamina.runtime.train.Trainer;
import dev.lamina.runtime.train.Verbosity;
import dev.lamina.samples.FashionImageFolders;
import dev.lamina.samples.LaminaFashionCnn;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench pipeline}: whether the data pipeline keeps up with training. Measures, in this JVM
 * (restrict it to the cores training would use, e.g. {@code taskset -c 0-1}):
 * <ol>
 *   <li>the pipeline alone, images per second drained by one consumer: in-memory Fashion-MNIST
 *       copied into batches, the same augmented, an image folder of Fashion-MNIST (PNG and JPEG, 24
 *       to 40 pixels, gray and RGB, as {@code FashionImageFolders} writes it) decoded and resized to
 *       28x28x1, and the folder augmented;
 *   <li>training {@code FashionCnn} (batch 32, SGD) for the same number of steps on the arrays, on the
 *       arrays augmented (what {@code lamina train} does with a folder that fits in memory: it decodes
 *       it once) and on the folder decoded and augmented every epoch ({@code --stream}), with the time
 *       the training loop waits for each batch.
 * </ol>
 * The ratio of data time to step time is reported twice for each augmented pipeline: its own cost
 * per batch (batch size / its images per second, work a background thread does beside the step) over
 * the step time on arrays, and the wait training sees with the pipeline's prefetching.
 */
@Command(name = "pipeline", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Measure the data pipeline (arrays, image folders, augmentation) against FashionCnn's training step.")
public final class PipelineCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--images", defaultValue = "4096", paramLabel = "N",
      description = "Training images per measurement, at least 64 (default: ${DEFAULT-VALUE}).")
  int images;

  @Option(names = "--batch-size", defaultValue = "32", paramLabel = "N", description = "Default: ${DEFAULT-VALUE}.")
  int batchSize;

  @Option(names = "--steps", defaultValue = "100", paramLabel = "N",
      description = "Training steps per training measurement, after one untimed epoch of warm-up (default:"
          + " ${DEFAULT-VALUE}).")
  int steps;

  @Option(names = "--data-dir", defaultValue = "/usr/share/datasets/fashion-mnist", paramLabel = "DIR",
      description = "Fashion-MNIST's IDX files (default: ${DEFAULT-VALUE}).")
  Path dataDir;

  @Option(names = "--markdown", paramLabel = "FILE", description = "Also write the table to this file.")
  Path markdown;

  /** The augmentation measured: what the README's image-folder run uses. */
  static Augmentation augmentation(double low, double high) {
    return Augmentation.builder().randomFlip(FlipMode.HORIZONTAL).randomRotation(0.05).randomZoom(0.1)
        .randomTranslation(0.1, 0.1).randomContrast(0.2).valueRange(low, high).build();
  }

  @Override
  public Integer call() throws Exception {
    if (images < 64 || batchSize < 1 || steps < 1) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--images must be >= 64, --batch-size and --steps >= 1");
    }
    PrintWriter out = spec.commandLine().getOut();
    MnistData data = FashionMnist.builder().directory(dataDir).download(false).build().load();
    ArrayDataset raw = data.train().slice(0, images);
    StandardScaler scaler = StandardScaler.fit(raw);
    ArrayDataset arrays = scaler.transform(raw);
    double low = (0 - scaler.mean()) / scaler.std();
    double high = (255 - scaler.mean()) / scaler.std();
    Augmentation augment = augmentation(low, high);
    Path scratch = Files.createTempDirectory("lamina-pipeline");
    List<String[]> rows = new ArrayList<>();
    try {
      FashionImageFolders.write(raw, data.classNames(), scratch, images, 1);
      ImageFolder folder = ImageFolder.builder(scratch).imageSize(28, 28).channels(1).build().standardized(scaler);
      out.printf(Locale.ROOT, "%,d Fashion-MNIST images, batch %d, %d available processors%n", images, batchSize,
          Runtime.getRuntime().availableProcessors());
      double arraysRate = drain(arrays);
      double augmentedRate = drain(augment.applyTo(arrays));
      double folderRate = drain(folder);
      double folderAugmentedRate = drain(augment.applyTo(folder));
      rows.add(row("arrays (copy into batches)", arraysRate, batchSize));
      rows.add(row("arrays + augmentation", augmentedRate, batchSize));
      rows.add(row("image folder (decode, resize)", folderRate, batchSize));
      rows.add(row("image folder + augmentation", folderAugmentedRate, batchSize));

      List<Training> trainings = List.of(train("arrays", arrays, augmentedRate),
          train("arrays + augmentation (in memory)", augment.applyTo(arrays), augmentedRate),
          train("image folder + augmentation (--stream)", augment.applyTo(folder), folderAugmentedRate));
      double step = trainings.get(0).stepMillis();
      out.println();
      out.printf(Locale.ROOT, "%-40s %12s %14s%n", "pipeline alone", "images/s", "ms per batch");
      rows.forEach(r -> out.printf(Locale.ROOT, "%-40s %12s %14s%n", r[0], r[1], r[2]));
      out.println();
      out.printf(Locale.ROOT, "%-40s %12s %12s %12s %12s %10s%n", "FashionCnn training on", "ms per step", "ms waiting",
          "data/step", "wait/step", "slowdown");
      for (Training t : trainings) {
        out.printf(Locale.ROOT, "%-40s %12.2f %12.3f %12.3f %12.4f %10.3f%n", t.data(), t.stepMillis(), t.waitMillis(),
            t.costMillis() / step, t.waitMillis() / step, t.stepMillis() / step);
      }
      if (markdown != null) {
        AtomicFiles.write(markdown, markdown(rows, trainings).getBytes(StandardCharsets.UTF_8));
      }
    } finally {
      try (Stream<Path> all = Files.walk(scratch)) {
        for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
    return 0;
  }

  /** Images per second one consumer drains from {@code data}: one untimed pass, then one timed. */
  private double drain(Dataset data) {
    pass(data, 0);
    long t0 = System.nanoTime();
    int n = pass(data, 1);
    return n / ((System.nanoTime() - t0) / 1e9);
  }

  private int pass(Dataset data, long seed) {
    int n = 0;
    try (BatchIterator it = data.batches(batchSize, Order.shuffled(seed))) {
      while (it.hasNext()) {
        n += it.next().size();
      }
    }
    return n;
  }

  /**
   * The mean training step and data wait, in milliseconds.
   *
   * @param data what the network trained on
   * @param stepMillis wall time per step, the wait included
   * @param waitMillis time per step spent waiting for the batch
   * @param costMillis the pipeline's own time per batch, measured alone (0 for plain arrays)
   */
  record Training(String data, double stepMillis, double waitMillis, double costMillis) {}

  private Training train(String what, Dataset data, double pipelineRate) {
    Model model = LaminaFashionCnn.create(42);
    Trainer trainer = Trainer.builder(model).loss(Losses.sparseCategoricalCrossentropy())
        .optimizer(Sgd.builder().build()).metrics(Metrics.accuracy()).build();
    int stepsPerEpoch = (data.size() + batchSize - 1) / batchSize;
    int epochs = (steps + stepsPerEpoch - 1) / stepsPerEpoch;
    trainer.fit(data, FitConfig.builder().epochs(1).batchSize(batchSize).seed(1).verbosity(Verbosity.SILENT).build());
    TimedDataset timed = new TimedDataset(data);
    long t0 = System.nanoTime();
    trainer.fit(timed, FitConfig.builder().epochs(epochs).batchSize(batchSize).seed(2).verbosity(Verbosity.SILENT)
        .build());
    double seconds = (System.nanoTime() - t0) / 1e9;
    return new Training(what, 1000 * seconds / timed.batches(), 1000 * timed.waitSeconds() / timed.batches(),
        what.equals("arrays") ? 0 : 1000.0 * batchSize / pipelineRate);
  }

  private static String[] row(String what, double rate, int batchSize) {
    return new String[] {what, String.format(Locale.ROOT, "%,.0f", rate),
        String.format(Locale.ROOT, "%.3f", 1000.0 * batchSize / rate)};
  }

  private String markdown(List<String[]> rows, List<Training> trainings) {
    StringBuilder md = new StringBuilder("# Data pipeline against FashionCnn's training step\n\n");
    md.append(String.format(Locale.ROOT, "%,d Fashion-MNIST images, batch %d, %d available processors.%n%n", images,
        batchSize, Runtime.getRuntime().availableProcessors()));
    md.append("| pipeline alone | images/s | ms per batch |\n| --- | ---: | ---: |\n");
    rows.forEach(r -> md.append("| ").append(r[0]).append(" | ").append(r[1]).append(" | ").append(r[2]).append(" |\n"));
    md.append("\n| FashionCnn training on | ms per step | ms waiting for data | data time / step time | wait / step"
        + " time | slowdown |\n| --- | ---: | ---: | ---: | ---: | ---: |\n");
    double step = trainings.get(0).stepMillis();
    for (Training t : trainings) {
      md.append(String.format(Locale.ROOT, "| %s | %.2f | %.3f | %.3f | %.4f | %.3f |%n", t.data(), t.stepMillis(),
          t.waitMillis(), t.costMillis() / step, t.waitMillis() / step, t.stepMillis() / step));
    }
    return md.toString();
  }
}
