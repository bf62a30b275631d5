package dev.lamina.cli.option;

import dev.lamina.cli.OptionChecks;
import dev.lamina.cli.data.EvaluationSet;
import dev.lamina.cli.data.FolderData;
import dev.lamina.cli.data.IdxData;
import dev.lamina.cli.data.IdxDataset;
import dev.lamina.cli.data.Preprocessing;
import dev.lamina.cli.data.TrainingData;
import dev.lamina.cli.network.Task;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Where the images come from, for every command that reads them: Fashion-MNIST or MNIST (IDX files),
 * how many training images are held out for validation, a test image folder. {@code train} adds the
 * image-folder options of {@link TrainDataOptions}; {@code evaluate} and {@code predict} read the rest
 * from the run's {@code preprocessing.json}.
 */
public final class DataOptions {
  /** The tutorial's validation split: the first 5,000 training images. */
  public static final int DEFAULT_VALIDATION_SIZE = 5000;

  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  @Option(names = "--dataset", paramLabel = "NAME",
      description = "fashion-mnist or mnist: the IDX dataset, 28x28x1 images of 10 classes (default: fashion-mnist;"
          + " for a checkpoint, its run's).")
  String dataset;

  @Option(names = "--data-dir", paramLabel = "DIR",
      description = "Directory with the dataset's four IDX files (gzip-compressed or not); only it is looked"
          + " in (default: search $LAMINA_FASHION_MNIST_DIR or $LAMINA_MNIST_DIR, "
          + "the user cache, /usr/share/datasets/fashion-mnist, then download).")
  Path directory;

  @Option(names = "--validation-size", paramLabel = "N",
      description = "Training images held out for validation: the first N of Fashion-MNIST or MNIST, 1 to 59999"
          + " (default: " + DEFAULT_VALIDATION_SIZE + "), or N drawn at random with --seed from a --train-dir"
          + " folder; for a checkpoint, its run's, from the preprocessing.json beside it, which a different N"
          + " contradicts.")
  Integer validationSize;

  @Option(names = "--test-dir", paramLabel = "DIR",
      description = "An image folder of test images, one sub-directory per class as in --train-dir: 'train'"
          + " evaluates the final weights on it; 'evaluate' and 'predict' read it instead of the run's test folder.")
  Path testDir;

  OptionChecks checks() {
    return new OptionChecks(command.commandLine());
  }

  /**
   * The IDX dataset asked for (Fashion-MNIST by default).
   *
   * @throws picocli.CommandLine.ParameterException if {@code --dataset} names none
   */
  public IdxDataset dataset() {
    try {
      return dataset == null ? IdxDataset.FASHION_MNIST : IdxDataset.named(dataset);
    } catch (IllegalArgumentException e) {
      throw checks().fail("--dataset: " + e.getMessage());
    }
  }

  /** The IDX validation size asked for, or the default. */
  public int validationSize() {
    return validationSize != null ? validationSize : DEFAULT_VALIDATION_SIZE;
  }

  /**
   * Checks the options' ranges for IDX data; call before loading anything.
   *
   * @throws picocli.CommandLine.ParameterException naming the option out of range
   */
  public void validateIdx() {
    dataset();
    if (validationSize != null) {
      checks().between("--validation-size", validationSize, 1, IdxDataset.TRAINING_IMAGES - 1);
    }
  }

  /**
   * The data for a trained checkpoint: split and scaled as its run did when the run's
   * {@code preprocessing.json} is beside it, else as a default Fashion-MNIST run would (or with the
   * options given).
   *
   * @param inputShape the network's input shape
   * @param validation whether to read the validation images instead of the test images
   * @throws picocli.CommandLine.ParameterException if an option contradicts the run's data
   * @throws IOException if the data cannot be found or read
   */
  public EvaluationSet forCheckpoint(Path checkpoint, Task task, int[] inputShape, boolean validation)
      throws IOException {
    Optional<Preprocessing> saved = Preprocessing.besides(checkpoint);
    if (saved.isPresent() && saved.get().imageFolder()) {
      Preprocessing p = saved.get();
      if (dataset != null || directory != null) {
        throw checks().fail("--dataset and --data-dir choose IDX data, but the run trained on image folder "
            + p.trainDir() + "; give --test-dir DIR for other test images");
      }
      if (validationSize != null && validationSize != p.validationSize()) {
        throw contradiction(checkpoint, p);
      }
      return FolderData.forCheckpoint(p, inputShape, testDir, validation);
    }
    validateIdx();
    if (testDir != null) {
      throw checks().fail("--test-dir reads an image folder, but the run trained on " + saved.map(p -> p.idxDataset()
          .title()).orElse("Fashion-MNIST") + "; leave it out to use its test set");
    }
    IdxDataset idx = saved.map(Preprocessing::idxDataset).orElse(dataset());
    if (saved.isPresent() && dataset != null && dataset() != idx) {
      throw checks().fail("--dataset " + dataset + " contradicts the run's dataset " + idx + " in "
          + Preprocessing.besidesFile(checkpoint) + "; leave --dataset out");
    }
    requireIdxShape(idx, inputShape);
    if (saved.isPresent() && validationSize != null && validationSize != saved.get().validationSize()) {
      throw contradiction(checkpoint, saved.get());
    }
    IdxData data = saved.isPresent()
        ? IdxData.load(idx, directory, saved.get().validationSize(), saved.get().trainLimit(), task, saved.get().scaler())
        : IdxData.load(idx, directory, validationSize(), 0, task, null);
    return new EvaluationSet(validation ? "validation" : "test", validation ? data.validation() : data.test(),
        data.classNames());
  }

  /**
   * Loads the IDX data of a new run.
   *
   * @throws picocli.CommandLine.ParameterException if the network does not take 28x28x1 images
   * @throws IOException if the data cannot be found or read
   */
  TrainingData idx(Task task, int[] inputShape, int trainLimit, String scaling) throws IOException {
    IdxDataset idx = dataset();
    requireIdxShape(idx, inputShape);
    return IdxData.forTraining(idx, directory, validationSize(), trainLimit, task, scaling);
  }

  private void requireIdxShape(IdxDataset idx, int[] inputShape) {
    if (!Arrays.equals(inputShape, IdxDataset.IMAGE_SHAPE)) {
      throw checks().fail("the network takes " + inputShape[0] + "x" + inputShape[1] + "x" + inputShape[2]
          + " images, but " + idx.title() + "'s are 28x28x1: train it on an image folder (--train-dir DIR), whose"
          + " images are resized to the network's input");
    }
  }

  private picocli.CommandLine.ParameterException contradiction(Path checkpoint, Preprocessing p) {
    return checks().fail("--validation-size " + validationSize + " contradicts the run's validation size "
        + p.validationSize() + " in " + Preprocessing.besidesFile(checkpoint)
        + "; leave --validation-size out to use the run's split");
  }
}
