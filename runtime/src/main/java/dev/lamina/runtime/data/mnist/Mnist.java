package dev.lamina.runtime.data.mnist;

import dev.lamina.runtime.data.download.Checksum;
import dev.lamina.runtime.data.download.DownloadSource;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The MNIST database of handwritten digits (LeCun, Cortes, Burges): 70,000 grayscale 28x28 images
 * of the digits 0..9, 60,000 for training and 10,000 for test. Debian packages no MNIST, so after
 * the directory, environment variable ({@link #ENVIRONMENT_VARIABLE}) and cache the files are
 * downloaded from {@link #PUBLISHED}; see {@link MnistLoader}.
 */
public final class Mnist {
  /** The class names, by label: the digits. */
  public static final List<String> CLASS_NAMES = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
  /** The environment variable that may name a directory holding the four files. */
  public static final String ENVIRONMENT_VARIABLE = "LAMINA_MNIST_DIR";
  /** The mirror torchvision downloads from, with the files' well-known MD5 digests. */
  public static final DownloadSource PUBLISHED = new DownloadSource(
      URI.create("https://ossci-datasets.s3.amazonaws.com/mnist/"),
      Map.of(MnistFiles.TRAIN_IMAGES, Checksum.md5("f68b3c2dcbeaaa9fbdd348bbdeb94873"),
          MnistFiles.TRAIN_LABELS, Checksum.md5("d53e105ee54ea40749a09fcbcd1e9432"),
          MnistFiles.TEST_IMAGES, Checksum.md5("9fb629c4189551a2d022fa330f9573f3"),
          MnistFiles.TEST_LABELS, Checksum.md5("ec29112dd5afa0611ce80d1b7f02629c")));

  private static final MnistVariant VARIANT = new MnistVariant("MNIST", ENVIRONMENT_VARIABLE, "mnist",
      Optional.empty(), PUBLISHED, CLASS_NAMES,
      "Debian has no MNIST package: allow the download, or put the four files in a directory and name it"
          + " with builder().directory(...) or " + ENVIRONMENT_VARIABLE);

  private Mnist() {}

  /**
   * Loads MNIST from the first place that holds it, downloading it if none does.
   *
   * @throws IOException as {@link MnistLoader#load()}
   */
  public static MnistData load() throws IOException {
    return builder().build().load();
  }

  /** Options for where to look and whether and whence to download. */
  public static MnistLoader.Builder builder() {
    return MnistLoader.builder(VARIANT);
  }
}
