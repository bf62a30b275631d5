package dev.lamina.samples.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where Fashion-MNIST comes from and how it is split; shared by the commands that read it. */
final class DataOptions {
  @Option(names = "--data-dir", paramLabel = "DIR",
      description = "Directory with the four Fashion-MNIST IDX files (gzip-compressed or not); only it is looked"
          + " in (default: search $LAMINA_FASHION_MNIST_DIR, "
          + "the user cache, /usr/share/datasets/fashion-mnist, then download).")
  Path directory;

  @Option(names = "--validation-size", paramLabel = "N", defaultValue = "5000",
      description = "Training images held out for validation, taken from the start (default: ${DEFAULT-VALUE}).")
  int validationSize;

  /** The data for a new training run: the scaler is fit on the training split. */
  FashionData load(Task task, int trainLimit) throws java.io.IOException {
    return FashionData.load(directory, validationSize, trainLimit, task);
  }

  /**
   * The data for a trained checkpoint: scaled and split as its run did when the run's
   * {@code preprocessing.json} is beside it, else as a default run would.
   */
  FashionData loadFor(java.nio.file.Path checkpoint, Task task) throws java.io.IOException {
    java.util.Optional<Preprocessing> saved = Preprocessing.besides(checkpoint);
    if (saved.isEmpty()) {
      return load(task, 0);
    }
    Preprocessing p = saved.get();
    return FashionData.load(directory, p.validationSize(), p.trainLimit(), task, p.scaler());
  }
}
