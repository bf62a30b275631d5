package dev.lamina.cli.command;

import dev.lamina.cli.OptionChecks;
import dev.lamina.cli.data.EvaluationSet;
import dev.lamina.cli.data.Preprocessing;
import dev.lamina.cli.network.Task;
import dev.lamina.cli.option.CheckpointOptions;
import dev.lamina.cli.option.DataOptions;
import dev.lamina.dsl.ActivationFunction;
import dev.lamina.runtime.data.Batch;
import dev.lamina.runtime.data.BatchIterator;
import dev.lamina.runtime.data.Order;
import dev.lamina.runtime.data.array.ArrayDataset;
import dev.lamina.runtime.data.image.ImageFile;
import dev.lamina.runtime.data.image.ImageFolder;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lamina predict}: runs a checkpoint on image files given, or on images of its run's test (or
 * validation) set, and prints per image the predicted class and its probability (next to the true
 * class for a test set), or, for a segmenter, the mask's size, pixel accuracy and IoU. Image files are
 * read as the run read its images ({@code preprocessing.json}).
 */
@Command(name = "predict", mixinStandardHelpOptions = true,
    description = "Predict image files, or images of a checkpoint's test set, with a checkpoint.")
public final class PredictCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  CheckpointOptions checkpoint;

  @Mixin
  DataOptions data;

  @Parameters(paramLabel = "IMAGE", arity = "0..*",
      description = "Image files (JPEG, PNG, BMP, GIF) to predict; without them, --first and --count choose test images.")
  List<Path> images;

  @Option(names = "--first", paramLabel = "INDEX", defaultValue = "0",
      description = "Index of the first test image, 0 or more (default: ${DEFAULT-VALUE}).")
  int first;

  @Option(names = "--count", paramLabel = "N", defaultValue = "10",
      description = "How many test images, at least 1 (default: ${DEFAULT-VALUE}).")
  int count;

  @Option(names = "--validation", description = "Predict validation images instead of test images.")
  boolean validation;

  @Override
  public Integer call() throws Exception {
    OptionChecks check = new OptionChecks(spec.commandLine()).atLeast("--first", first, 0)
        .atLeast("--count", count, 1);
    data.validateIdx();
    PrintWriter out = spec.commandLine().getOut();
    CheckpointOptions.Loaded loaded = checkpoint.load();
    if (images != null && !images.isEmpty()) {
      predictFiles(out, loaded);
      return 0;
    }
    EvaluationSet set = data.forCheckpoint(checkpoint.file(), loaded.task(), loaded.model().inputShape(), validation);
    if ((long) first + count > set.data().size()) {
      throw check.fail("--first " + first + " --count " + count + " does not fit the " + set.data().size() + " "
          + set.name() + " images");
    }
    if (set.data() instanceof ImageFolder folder) {
      List<ImageFile> files = folder.files().subList(first, first + count);
      INDArray output = loaded.model().predict(folder.loader().load(files.stream().map(ImageFile::file).toList()));
      for (int i = 0; i < count; i++) {
        out.println(classification(first + i, row(output, i, loaded), files.get(i).label(), set.classNames()) + "  "
            + files.get(i).file());
      }
      return 0;
    }
    ArrayDataset array = (ArrayDataset) set.data();
    try (BatchIterator it = array.slice(first, first + count).batches(count, Order.sequential())) {
      Batch batch = it.next();
      INDArray output = loaded.model().predict(batch.features());
      for (int i = 0; i < count; i++) {
        out.println(loaded.task() == Task.CLASSIFICATION
            ? classification(first + i, row(output, i, loaded), batch.labels().getInt(i), set.classNames())
            : segmentation(first + i, output.get(NDArrayIndex.point(i)), batch.labels().get(NDArrayIndex.point(i))));
      }
    }
    return 0;
  }

  private void predictFiles(PrintWriter out, CheckpointOptions.Loaded loaded) throws java.io.IOException {
    Preprocessing p = Preprocessing.besides(checkpoint.file()).orElseThrow(() -> new IllegalArgumentException(
        "predicting image files needs the run's " + Preprocessing.FILE_NAME + " beside " + checkpoint.file()
            + " (how its images were scaled, the class names); it is missing"));
    INDArray output = loaded.model().predict(p.loader(loaded.model().inputShape()).load(images));
    for (int i = 0; i < images.size(); i++) {
      if (loaded.task() == Task.CLASSIFICATION) {
        double[] probabilities = row(output, i, loaded);
        int predicted = argMax(probabilities);
        List<String> names = p.classNames();
        out.printf(Locale.ROOT, "%s: predicted %s (p=%.3f)%n", images.get(i),
            names != null && predicted < names.size() ? names.get(predicted) : "class " + predicted,
            probabilities[predicted]);
      } else {
        INDArray mask = output.get(NDArrayIndex.point(i)).gt(0.5);
        long set = mask.castTo(org.nd4j.linalg.api.buffer.DataType.INT32).sumNumber().longValue();
        out.printf(Locale.ROOT, "%s: mask of %d of %d pixels%n", images.get(i), set, mask.length());
      }
    }
  }

  /** Example {@code i}'s class probabilities (a softmax of LINEAR logits). */
  private static double[] row(INDArray output, int i, CheckpointOptions.Loaded loaded) {
    INDArray scores = output.getRow(i);
    if (loaded.model().outputActivation() == ActivationFunction.LINEAR) {
      scores = Nd4j.nn().softmax(scores.reshape(1, scores.length()), 1);
    }
    return scores.reshape(scores.length()).toDoubleVector();
  }

  private static int argMax(double[] values) {
    int best = 0;
    for (int i = 1; i < values.length; i++) {
      if (values[i] > values[best]) {
        best = i;
      }
    }
    return best;
  }

  private static String classification(int index, double[] probabilities, int label, List<String> names) {
    int predicted = argMax(probabilities);
    return String.format(Locale.ROOT, "#%-5d predicted %-12s (p=%.3f)  true %-12s %s", index, names.get(predicted),
        probabilities[predicted], names.get(label), predicted == label ? "ok" : "WRONG");
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
