package dev.lamina.runtime.data.mnist;

import dev.lamina.runtime.data.array.ArrayDataset;
import java.nio.file.Path;
import java.util.List;

/**
 * An MNIST-family dataset as published: training and test examples with their class names.
 * Features are {@code [n, 28, 28, 1]} NHWC floats holding the raw pixel values 0..255 (as Keras's
 * {@code load_data()} followed by {@code astype(float32)}); labels are class indices 0..9.
 *
 * @param train the 60,000 training examples
 * @param test the 10,000 test examples
 * @param classNames the name of each class index
 * @param directory where the files were read from
 */
public record MnistData(ArrayDataset train, ArrayDataset test, List<String> classNames, Path directory) {
  /** Keeps an unmodifiable copy of the class names. */
  public MnistData {
    classNames = List.copyOf(classNames);
  }
}
