package dev.lamina.samples.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Where Fashion-MNIST comes from and how it is split; shared by the commands that read it. */
final class DataOptions {
  /** The tutorial's validation split: the first 5,000 training images. */
  static final int DEFAULT_VALIDATION_SIZE = 5000;
  /** Fashion-MNIST's training images. */
  static final int TRAINING_IMAGES = 60_000;

  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  @Option(names = "--data-dir", paramLabel = "DIR",
      description = "Directory with the four Fashion-MNIST IDX files (gzip-compressed or not); only it is looked"
          + " in (default: search $LAMINA_FASHION_MNIST_DIR, "
          + "the user cache, /usr/share/datasets/fashion-mnist, then download).")
  Path directory;

  @Option(names = "--validation-size", paramLabel = "N",
      description = "Training images held out for validation, taken from the start, 1 to 59999 (default: "
          + DEFAULT_VALIDATION_SIZE + "; for a checkpoint, its run's, from the preprocessing.json beside it, which"
          + " a different N contradicts).")
  Integer validationSize;

  /** The validation size asked for, or the default. */
  int validationSize() {
    return validationSize != null ? validationSize : DEFAULT_VALIDATION_SIZE;
  }

  /**
   * Checks the options' ranges; call before loading anything.
   *
   * @throws picocli.CommandLine.ParameterException naming the option out of range
   */
  void validate() {
    if (validationSize != null) {
      new OptionChecks(command.commandLine()).between("--validation-size", validationSize, 1, TRAINING_IMAGES - 1);
    }
  }

  /**
   * The data for a new training run: the scaler is fit on the training split.
   *
   * @param trainLimit training images to use after the split (0 = all)
   */
  FashionData load(Task task, int trainLimit) throws IOException {
    return FashionData.load(directory, validationSize(), trainLimit, task);
  }

  /**
   * The data for a trained checkpoint: scaled and split as its run did when the run's
   * {@code preprocessing.json} is beside it, else as a default run would (or with the
   * {@code --validation-size} given).
   *
   * @throws picocli.CommandLine.ParameterException if {@code --validation-size} differs from the
   *     run's: the scaler was fit on the run's split, so another split would not be the run's data
   */
  FashionData loadFor(Path checkpoint, Task task) throws IOException {
    validate();
    Optional<Preprocessing> saved = Preprocessing.besides(checkpoint);
    if (saved.isEmpty()) {
      return load(task, 0);
    }
    Preprocessing p = saved.get();
    if (validationSize != null && validationSize != p.validationSize()) {
      throw new OptionChecks(command.commandLine()).fail("--validation-size " + validationSize
          + " contradicts the run's validation size " + p.validationSize() + " in "
          + Preprocessing.besidesFile(checkpoint) + "; leave --validation-size out to use the run's split");
    }
    return FashionData.load(directory, p.validationSize(), p.trainLimit(), task, p.scaler());
  }
}
