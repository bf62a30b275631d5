package dev.lamina.runtime.data.mnist;

import java.util.List;

/**
 * The four files of an MNIST-family dataset, named as published (gzip-compressed). A directory may
 * hold them compressed or not: {@code train-images-idx3-ubyte.gz} or {@code train-images-idx3-ubyte}.
 */
public final class MnistFiles {
  /** 60,000 training images, IDX {@code [n, 28, 28]} unsigned bytes. */
  public static final String TRAIN_IMAGES = "train-images-idx3-ubyte.gz";
  /** 60,000 training labels, IDX {@code [n]} unsigned bytes. */
  public static final String TRAIN_LABELS = "train-labels-idx1-ubyte.gz";
  /** 10,000 test images. */
  public static final String TEST_IMAGES = "t10k-images-idx3-ubyte.gz";
  /** 10,000 test labels. */
  public static final String TEST_LABELS = "t10k-labels-idx1-ubyte.gz";
  /** All four, in the order they are looked for and downloaded. */
  public static final List<String> ALL = List.of(TRAIN_IMAGES, TRAIN_LABELS, TEST_IMAGES, TEST_LABELS);

  private MnistFiles() {}

  /** The name without {@code .gz}: how the uncompressed file is called. */
  static String uncompressed(String name) {
    return name.substring(0, name.length() - ".gz".length());
  }
}
