package dev.lamina.runtime.data.image;

import java.util.Objects;

/**
 * An {@link ImageFolder} split into the images to train on and those held out to validate on, as
 * {@link ImageFolder#split(int, long)} makes them.
 *
 * @param train the images to train on
 * @param validation the images held out
 */
public record FolderSplit(ImageFolder train, ImageFolder validation) {
  /** Requires both parts. */
  public FolderSplit {
    Objects.requireNonNull(train, "train");
    Objects.requireNonNull(validation, "validation");
  }
}
