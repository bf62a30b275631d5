package dev.lamina.samples.cli;

import dev.lamina.runtime.data.array.ArrayDataset;
import dev.lamina.runtime.data.mnist.FashionMnist;
import dev.lamina.runtime.data.mnist.MnistData;
import dev.lamina.runtime.data.mnist.MnistLoader;
import dev.lamina.runtime.data.preprocess.Split;
import dev.lamina.runtime.data.preprocess.StandardScaler;
import dev.lamina.runtime.data.preprocess.TrainValidation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Fashion-MNIST prepared as the tutorial prepares it: the first {@code validationSize} training
 * images become the validation set, a {@link StandardScaler} (one mean and one standard deviation
 * over all pixels) is fit on the remaining training images and applied to all three sets.
 *
 * @param train the training split, standardized, {@code [n, 28, 28, 1]}
 * @param validation the validation split, standardized
 * @param test the 10,000 test images, standardized
 * @param scaler the scaler fit on {@code train}
 * @param classNames the ten class names, by label
 * @param source the directory the files were read from
 */
public record FashionData(ArrayDataset train, ArrayDataset validation, ArrayDataset test, StandardScaler scaler,
    List<String> classNames, Path source) {

  /**
   * Loads and prepares the data for {@code task}.
   *
   * @param directory where the four IDX files are, or null to search the loader's places
   * @param validationSize how many of the first training images to hold out (the tutorial: 5,000)
   * @param trainLimit use only this many training images after the validation split (0 = all)
   * @throws IOException if the files are missing, unreadable or corrupt (the message says where it looked)
   * @throws IllegalArgumentException if the sizes do not fit the 60,000 training images
   */
  public static FashionData load(Path directory, int validationSize, int trainLimit, Task task) throws IOException {
    return load(directory, validationSize, trainLimit, task, null);
  }

  /**
   * Loads and prepares the data for {@code task} with a known scaler (from a training run) instead of
   * fitting one.
   *
   * @param scaler the scaler to apply, or null to fit one on the training split
   * @throws IOException as {@link #load(Path, int, int, Task)}
   */
  public static FashionData load(Path directory, int validationSize, int trainLimit, Task task,
      StandardScaler scaler) throws IOException {
    MnistLoader.Builder loader = FashionMnist.builder();
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
    return new FashionData(s.transform(task.targets(train)), s.transform(task.targets(split.validation())),
        s.transform(task.targets(data.test())), s, data.classNames(), data.directory());
  }
}
