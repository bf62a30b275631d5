package dev.lamina.cli.command;

import dev.lamina.cli.OptionChecks;
import dev.lamina.cli.data.IdxDataset;
import dev.lamina.cli.data.Preprocessing;
import dev.lamina.cli.option.DataOptions;
import dev.lamina.cli.option.NetworkOption;
import dev.lamina.cli.run.ImportedCheckpoint;
import dev.lamina.keras.KerasWeights;
import dev.lamina.keras.KerasWeightsReport;
import dev.lamina.runtime.Model;
import dev.lamina.runtime.NetworkProvider;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lamina keras-weights}: a Keras file's weights ({@link KerasWeights#load}: every layer's kind,
 * settings and shapes checked before anything is assigned) into a Lamina checkpoint of the network
 * declared for it (by {@code keras-import}, compiled, on the class path), with a {@code preprocessing.json}
 * beside it saying how the Keras model's inputs were scaled: {@code (x - mean) / std} on pixel values
 * 0..255, by default {@code x / 255} as Keras tutorials do, and the dataset's class names for a classifier of
 * its ten classes. {@code evaluate}, {@code predict}, {@code serve}
 * and {@code export} accept the checkpoint.
 */
@Command(name = "keras-weights", mixinStandardHelpOptions = true,
    description = "Make a checkpoint from a Keras file's weights, for the network keras-import declared.")
public final class KerasWeightsCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  NetworkOption network;

  @Parameters(index = "0", paramLabel = "KERAS_FILE",
      description = "A Keras model or weights file: .h5 (model.save, ModelCheckpoint, save_weights), .keras or"
          + " .weights.h5.")
  Path kerasFile;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true,
      description = "The checkpoint to write, e.g. run/keras.lamina (preprocessing.json goes beside it).")
  Path output;

  @Option(names = "--mean", paramLabel = "M", defaultValue = "0",
      description = "Subtracted from pixel values 0..255 before the network sees them (default: ${DEFAULT-VALUE}).")
  double mean;

  @Option(names = "--std", paramLabel = "S", defaultValue = "255",
      description = "What pixel values are then divided by, positive (default: ${DEFAULT-VALUE}: Keras's x / 255).")
  double std;

  @Option(names = "--dataset", paramLabel = "NAME", defaultValue = "fashion-mnist",
      description = "fashion-mnist or mnist: the IDX dataset evaluate and predict read for a 28x28x1 network"
          + " (default: ${DEFAULT-VALUE}).")
  String dataset;

  @Override
  public Integer call() throws Exception {
    OptionChecks check = new OptionChecks(spec.commandLine()).positive("--std", std);
    if (!Double.isFinite(mean)) {
      throw check.fail("--mean must be a finite number, got " + mean);
    }
    IdxDataset idx;
    try {
      idx = IdxDataset.named(dataset);
    } catch (IllegalArgumentException e) {
      throw check.fail("--dataset: " + e.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    NetworkProvider provider = network.provider();
    Model model = provider.create(0);
    KerasWeightsReport report = KerasWeights.load(model, kerasFile);
    String scaling = mean == 0 && std == 255 ? Preprocessing.RESCALE : Preprocessing.STANDARDIZE;
    int[] outputShape = model.outputShape();
    List<String> classNames = outputShape.length == 1 && outputShape[0] == idx.classNames().size()
        ? idx.classNames() : null;
    Preprocessing preprocessing = new Preprocessing(provider.qualifiedName(), idx.id(), scaling, mean, std,
        DataOptions.DEFAULT_VALIDATION_SIZE, 0, null, null, null, 0, null, classNames);
    ImportedCheckpoint.write(output, provider, model, Optional.of(preprocessing));
    for (String warning : report.warnings()) {
      out.println("warning: " + warning);
    }
    out.printf(Locale.ROOT, "loaded %d tensors (%,d values) of %d Keras layers from %s (%s) into %s%n",
        report.tensors(), report.values(), report.layers(), kerasFile, report.format(), provider.qualifiedName());
    out.printf(Locale.ROOT, "wrote %s and %s beside it (pixels scaled as (x - %s) / %s)%n", output,
        Preprocessing.FILE_NAME, fmt(mean), fmt(std));
    return 0;
  }

  private static String fmt(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }
}
