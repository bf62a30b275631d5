package dev.lamina.cli.data;

import dev.lamina.cli.network.Task;
import dev.lamina.runtime.data.array.ArrayDataset;
import dev.lamina.runtime.data.mnist.MnistData;
import dev.lamina.runtime.data.mnist.MnistLoader;
import dev.lamina.runtime.data.preprocess.Split;
import dev.lamina.runtime.data.preprocess.StandardScaler;
import dev.lamina.runtime.data.preprocess.TrainValidation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Fashion-MNIST or MNIST prepared as the tutorial prepares Fashion-MNIST: the first
 * {@code validationSize} training images become the validation set, a {@link StandardScaler} (one
 * mean and one standard deviation over all pixels) is fit on the remaining training images and applied
 * to all three sets; or the images are rescaled by {@code 1/255}.
 *
 * @param train the training split, scaled, {@code [n, 28, 28, 1]}
 * @param validation the validation split, scaled
 * @param test the 10,000 test images, scaled
 * @param scaler the scaler applied (fit on {@code train} when standardizing)
 * @param classNames the ten class names, by label
 * @param source the directory the files were read from
 */
public record IdxData(ArrayDataset train, ArrayDataset validation, ArrayDataset test, StandardScaler scaler,
    List<String> classNames, Path source) {

  /** The rescaling by {@code 1/255} as a scaler: mean 0, std 255. */
  public static final StandardScaler RESCALE = StandardScaler.of(0, 255);

  /**
   * Loads and prepares the data for {@code task}.
   *
   * @param directory where the four IDX files are, or null to search the loader's places
   * @param validationSize how many of the first training images to hold out (the tutorial: 5,000)
   * @param trainLimit use only this many training images after the validation split (0 = all)
   * @param scaler the scaler to apply (a run's, or {@link #RESCALE}), or null to fit one on the training split
   * @throws IOException if the files are missing, unreadable or corrupt (the message says where it looked)
   * @throws IllegalArgumentException if the sizes do not fit the 60,000 training images
   */
  public static IdxData load(IdxDataset dataset, Path directory, int validationSize, int trainLimit, Task task,
      StandardScaler scaler) throws IOException {
    MnistLoader.Builder loader = dataset.loader();
    if (directory != null) {
      loader.directory(directory);
    }
    MnistData data = loader.build().load();
    TrainValidation split = Split.first(validationSize).of(data.train());
    ArrayDataset train = split.train();
    if (trainLimit > 0 && trainLimit < train.size()) {
      train = train.slice(0, trainLimit);
    }
    StandardScaler s = scaler != null ? scaler : StandardScaler.fit(train);
    return new IdxData(s.transform(task.targets(train)), s.transform(task.targets(split.validation())),
        s.transform(task.targets(data.test())), s, data.classNames(), data.directory());
  }

  /**
   * The data of a new training run.
   *
   * @param scaling {@link Preprocessing#STANDARDIZE} or {@link Preprocessing#RESCALE}
   * @throws IOException as {@link #load}
   */
  public static TrainingData forTraining(IdxDataset dataset, Path directory, int validationSize, int trainLimit,
      Task task, String scaling) throws IOException {
    IdxData d = load(dataset, directory, validationSize, trainLimit, task,
        Preprocessing.RESCALE.equals(scaling) ? RESCALE : null);
    String scaled = Preprocessing.RESCALE.equals(scaling) ? "rescaled by 1/255"
        : String.format(Locale.ROOT, "standardized with mean %.4f, std %.4f", d.scaler().mean(), d.scaler().std());
    String description = String.format(Locale.ROOT, "%s from %s: train %,d, validation %,d, test %,d; %s",
        dataset.title(), d.source(), d.train().size(), d.validation().size(), d.test().size(), scaled);
    return new TrainingData(d.train(), d.validation(), Optional.of(d.test()), d.classNames(),
        Preprocessing.idx(dataset, scaling, d.scaler(), validationSize, trainLimit, d.classNames()), dataset.title(),
        description);
  }
}
