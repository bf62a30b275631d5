package dev.lamina.cli.option;

import dev.lamina.cli.OptionChecks;
import dev.lamina.cli.data.FolderData;
import dev.lamina.cli.data.TrainingData;
import dev.lamina.cli.network.Task;
import dev.lamina.runtime.Model;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What {@code lamina train} reads besides {@link DataOptions}: image folders in Kaggle's layout
 * ({@code --train-dir}, {@code --validation-dir} or a seeded split), the scaling, unreadable images.
 */
public final class TrainDataOptions {
  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  @Option(names = "--train-dir", paramLabel = "DIR",
      description = "Train on an image folder instead of Fashion-MNIST: one sub-directory per class (Kaggle's"
          + " layout, e.g. training/n0/*.jpg ... training/n9/*.jpg); JPEG, PNG, BMP or GIF of any size, resized to"
          + " the network's input and converted to its channels (gray or RGB).")
  Path trainDir;

  @Option(names = "--validation-dir", paramLabel = "DIR",
      description = "The validation images, a folder like --train-dir (default: a seeded split of --train-dir,"
          + " see --validation-split).")
  Path validationDir;

  @Option(names = "--validation-split", paramLabel = "FRACTION",
      description = "The fraction of --train-dir held out for validation, drawn at random with --seed, between 0"
          + " and 1 (default: " + FolderData.DEFAULT_VALIDATION_SPLIT + ", Keras's validation_split).")
  Double validationSplit;

  @Option(names = "--scaling", paramLabel = "HOW", defaultValue = "standardize",
      description = "standardize ((x - mean) / std with the training images' statistics, the tutorial's) or"
          + " rescale (x / 255); recorded in preprocessing.json for evaluate and predict (default: ${DEFAULT-VALUE}).")
  ScalingChoice scaling;

  @Option(names = "--stream",
      description = "Decode the images from disk for every epoch (in a background thread) instead of once into"
          + " memory, which is the default when the decoded images fit in a quarter of the heap (-Xmx).")
  boolean stream;

  @Option(names = "--skip-unreadable",
      description = "Leave out image files that cannot be decoded (each image is decoded once more before"
          + " training to find them) instead of failing when a batch reaches one.")
  boolean skipUnreadable;

  /**
   * Checks the data options' combinations and ranges; call before loading anything.
   *
   * @throws picocli.CommandLine.ParameterException naming the options that do not go together or the
   *     value out of range
   */
  public void validate(DataOptions shared) {
    OptionChecks check = new OptionChecks(command.commandLine());
    if (trainDir == null) {
      for (Object[] folderOnly : new Object[][] {{"--validation-dir", validationDir},
          {"--validation-split", validationSplit}, {"--test-dir", shared.testDir}}) {
        if (folderOnly[1] != null) {
          throw check.fail(folderOnly[0] + " needs --train-dir (an image folder to train on)");
        }
      }
      if (skipUnreadable || stream) {
        throw check.fail((stream ? "--stream" : "--skip-unreadable") + " needs --train-dir (an image folder to train on)");
      }
      shared.validateIdx();
      return;
    }
    if (shared.dataset != null || shared.directory != null) {
      throw check.fail("--dataset and --data-dir choose IDX data, --train-dir an image folder: give one or the other");
    }
    int ways = (validationDir != null ? 1 : 0) + (validationSplit != null ? 1 : 0)
        + (shared.validationSize != null ? 1 : 0);
    if (ways > 1) {
      throw check.fail("give one of --validation-dir, --validation-split and --validation-size, not several");
    }
    if (validationSplit != null) {
      check.openFraction("--validation-split", validationSplit);
    }
    if (shared.validationSize != null) {
      check.atLeast("--validation-size", shared.validationSize, 1);
    }
  }

  /**
   * The data of a new training run: IDX or image folders.
   *
   * @param seed the seed of a folder's validation split and training sample
   * @param trainLimit train on this many images (0 = all): the first ones of IDX data, a seeded sample
   *     of a folder
   * @throws picocli.CommandLine.ParameterException if the data does not suit the network (a segmenter
   *     on image folders, an input other than 28x28x1 on IDX data)
   * @throws IOException if the data cannot be found or read
   */
  public TrainingData load(DataOptions shared, Task task, Model model, long seed, int trainLimit) throws IOException {
    if (trainDir == null) {
      return shared.idx(task, model.inputShape(), trainLimit, scaling.id());
    }
    if (task != Task.CLASSIFICATION) {
      throw new OptionChecks(command.commandLine()).fail("network " + model.name() + " outputs a mask per pixel, but"
          + " image folders give each image a class; train it on Fashion-MNIST or MNIST (masks from the pixels)");
    }
    return FolderData.forTraining(new FolderData.Request(trainDir, validationDir, validationSplit,
        shared.validationSize, shared.testDir, scaling.id(), trainLimit, skipUnreadable, stream, seed),
        model.inputShape());
  }
}
