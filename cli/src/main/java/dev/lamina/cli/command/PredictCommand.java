package dev.lamina.samples.cli;

import dev.lamina.runtime.data.Batch;
import dev.lamina.runtime.data.BatchIterator;
import dev.lamina.runtime.data.Order;
import dev.lamina.runtime.data.array.ArrayDataset;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.nd4j.linalg.api.ndarray.INDArray;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lamina predict}: runs a checkpoint on Fashion-MNIST test images and prints, per image, the
 * predicted class and its probability next to the true class (classifiers), or the mask's pixel
 * accuracy and IoU (the segmenter).
 */
@Command(name = "predict", mixinStandardHelpOptions = true,
    description = "Predict Fashion-MNIST test images with a checkpoint.")
final class PredictCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  CheckpointOptions checkpoint;

  @Mixin
  DataOptions data;

  @Option(names = "--first", paramLabel = "INDEX", defaultValue = "0",
      description = "Index of the first test image, 0 or more (default: ${DEFAULT-VALUE}).")
  int first;

  @Option(names = "--count", paramLabel = "N", defaultValue = "10",
      description = "How many test images, at least 1 (default: ${DEFAULT-VALUE}).")
  int count;

  @Override
  public Integer call() throws Exception {
    OptionChecks check = new OptionChecks(spec.commandLine()).atLeast("--first", first, 0)
        .atLeast("--count", count, 1);
    data.validate();
    PrintWriter out = spec.commandLine().getOut();
    CheckpointOptions.Loaded loaded = checkpoint.load();
    Task task = loaded.network().task();
    FashionData fashion = data.loadFor(checkpoint.checkpoint, task);
    if ((long) first + count > fashion.test().size()) {
      throw check.fail("--first " + first + " --count " + count + " does not fit the " + fashion.test().size()
          + " test images");
    }
    ArrayDataset images = fashion.test().slice(first, first + count);
    try (BatchIterator it = images.batches(count, Order.sequential())) {
      Batch batch = it.next();
      INDArray output = loaded.model().predict(batch.features());
      for (int i = 0; i < count; i++) {
        out.println(task == Task.CLASSIFICATION
            ? classification(first + i, output.getRow(i), batch.labels().getInt(i), fashion)
            : segmentation(first + i, output.get(org.nd4j.linalg.indexing.NDArrayIndex.point(i)),
                batch.labels().get(org.nd4j.linalg.indexing.NDArrayIndex.point(i))));
      }
    }
    return 0;
  }

  private static String classification(int index, INDArray probabilities, int label, FashionData fashion) {
    int predicted = probabilities.argMax().getInt(0);
    return String.format(Locale.ROOT, "#%-5d predicted %-12s (p=%.3f)  true %-12s %s", index,
        fashion.classNames().get(predicted), probabilities.getDouble(predicted), fashion.classNames().get(label),
        predicted == label ? "ok" : "WRONG");
  }

  private static String segmentation(int index, INDArray probabilities, INDArray mask) {
    INDArray predicted = probabilities.gt(0.5).castTo(mask.dataType());
    double agree = predicted.eq(mask).castTo(mask.dataType()).meanNumber().doubleValue();
    double intersection = predicted.mul(mask).sumNumber().doubleValue();
    double union = predicted.add(mask).gt(0).castTo(mask.dataType()).sumNumber().doubleValue();
    return String.format(Locale.ROOT, "#%-5d garment pixels %4.0f predicted %4.0f  pixel accuracy %.3f  IoU %.3f",
        index, mask.sumNumber().doubleValue(), predicted.sumNumber().doubleValue(), agree,
        union == 0 ? 1.0 : intersection / union);
  }
}
