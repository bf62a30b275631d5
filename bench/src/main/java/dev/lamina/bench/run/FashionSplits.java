package dev.lamina.bench.run;

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
 * population standard deviation over all their pixels standardize the training and test images.
 *
 * @param train the standardized training examples, {@code [55000, 28, 28, 1]}, integer labels
 * @param test the standardized 10,000 test images
 * @param mean the standardization mean, raw pixel units (72.9379)
 * @param std the standardization standard deviation, raw pixel units (89.9897)
 * @param directory where the IDX files were read from
 */
record FashionSplits(ArrayDataset train, ArrayDataset test, double mean, double std, Path directory) {

  /**
   * Reads the four IDX files from {@code directory}, and only there (nothing is downloaded).
   *
   * @throws IOException if the files are not found or cannot be read; the message says where the
   *     loader looked and how to install them ({@code apt-get install dataset-fashion-mnist})
   */
  static FashionSplits load(Path directory, int validationSize) throws IOException {
    MnistData data = FashionMnist.builder().directory(directory).download(false).build().load();
    TrainValidation split = Split.first(validationSize).of(data.train());
    StandardScaler scaler = StandardScaler.fit(split.train());
    return new FashionSplits(scaler.transform(split.train()), scaler.transform(data.test()), scaler.mean(),
        scaler.std(), data.directory());
  }
}
