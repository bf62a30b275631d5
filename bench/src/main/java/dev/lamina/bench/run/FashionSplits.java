package dev.lamina.bench.run;

import dev.lamina.cli.network.Task;
import dev.lamina.runtime.data.array.ArrayDataset;
import dev.lamina.runtime.data.mnist.FashionMnist;
import dev.lamina.runtime.data.mnist.MnistData;
import dev.lamina.runtime.data.preprocess.Split;
import dev.lamina.runtime.data.preprocess.StandardScaler;
import dev.lamina.runtime.data.preprocess.TrainValidation;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Fashion-MNIST prepared exactly as the peers prepare it: the first {@code validationSize} (5,000)
 * training images are held out, the remaining 55,000 are the training set, and one mean and one
 * population standard deviation over all their pixels standardize the training and test images. The
 * targets are the {@link Task}'s, as {@code lamina train} makes them: the class labels, or for
 * {@link Task#SEGMENTATION} the garment masks of the raw pixels ({@link Task#targets}).
 *
 * @param train the standardized training examples, {@code [55000, 28, 28, 1]}, with the task's targets
 * @param test the standardized 10,000 test images, with the task's targets
 * @param mean the standardization mean, raw pixel units (72.9379)
 * @param std the standardization standard deviation, raw pixel units (89.9897)
 * @param directory where the IDX files were read from
 * @param task what the targets are: integer labels or per-pixel masks
 */
record FashionSplits(ArrayDataset train, ArrayDataset test, double mean, double std, Path directory, Task task) {

  /**
   * The classification data: {@link #load(Path, int, Task)} with {@link Task#CLASSIFICATION}.
   *
   * @throws IOException as {@link #load(Path, int, Task)}
   */
  static FashionSplits load(Path directory, int validationSize) throws IOException {
    return load(directory, validationSize, Task.CLASSIFICATION);
  }

  /**
   * Reads the four IDX files from {@code directory}, and only there (nothing is downloaded), and makes
   * {@code task}'s targets from the raw images before standardizing them, in the order of the command
   * line's {@code IdxData}.
   *
   * @throws IOException if the files are not found or cannot be read; the message says where the
   *     loader looked and how to install them ({@code apt-get install dataset-fashion-mnist})
   */
  static FashionSplits load(Path directory, int validationSize, Task task) throws IOException {
    MnistData data = FashionMnist.builder().directory(directory).download(false).build().load();
    TrainValidation split = Split.first(validationSize).of(data.train());
    StandardScaler scaler = StandardScaler.fit(split.train());
    return new FashionSplits(scaler.transform(task.targets(split.train())), scaler.transform(task.targets(data.test())),
        scaler.mean(), scaler.std(), data.directory(), task);
  }
}
