package dev.lamina.cli.data;

import dev.lamina.runtime.data.Dataset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The data of a training run, prepared (split and scaled; not yet augmented).
 *
 * @param train the training images
 * @param validation the validation images
 * @param test the test images, when the source has them
 * @param classNames the class names by class index
 * @param preprocessing how the data was prepared, for {@code preprocessing.json}
 * @param title the data's name for titles: {@code Fashion-MNIST}, {@code images in training}
 * @param description a line saying where the data came from, its sizes and its scaling
 */
public record TrainingData(Dataset train, Dataset validation, Optional<Dataset> test, List<String> classNames,
    Preprocessing preprocessing, String title, String description) {
  /** Requires every part but the test set. */
  public TrainingData {
    Objects.requireNonNull(train, "train");
    Objects.requireNonNull(validation, "validation");
    Objects.requireNonNull(test, "test");
    classNames = List.copyOf(classNames);
  }
}
