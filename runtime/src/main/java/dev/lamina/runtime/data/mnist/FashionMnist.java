package dev.lamina.runtime.data.mnist;

import dev.lamina.runtime.data.download.Checksum;
import dev.lamina.runtime.data.download.DownloadSource;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Zalando's Fashion-MNIST (Xiao, Rasul, Vollgraf 2017, https://github.com/zalandoresearch/fashion-mnist):
 * 70,000 grayscale 28x28 images of clothing in 10 classes, 60,000 for training and 10,000 for test.
 *
 * <pre>{@code
 * MnistData fashion = FashionMnist.load();               // or FashionMnist.builder().directory(dir).build().load()
 * TrainValidation split = Split.first(5000).of(fashion.train());
 * StandardScaler scaler = StandardScaler.fit(split.train());
 * ArrayDataset train = scaler.transform(split.train());  // [55000, 28, 28, 1]
 * }</pre>
 *
 * <p>Where the files are looked for is described at {@link MnistLoader}; on Debian,
 * {@code apt-get install -y dataset-fashion-mnist} installs them in {@link #DEBIAN_DIRECTORY}.
 */
public final class FashionMnist {
  /** The class names, by label (the dataset's README). */
  public static final List<String> CLASS_NAMES = List.of("T-shirt/top", "Trouser", "Pullover", "Dress",
      "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot");
  /** The environment variable that may name a directory holding the four files. */
  public static final String ENVIRONMENT_VARIABLE = "LAMINA_FASHION_MNIST_DIR";
  /** Where Debian's {@code dataset-fashion-mnist} package installs the files. */
  public static final Path DEBIAN_DIRECTORY = Path.of("/usr/share/datasets/fashion-mnist");
  /**
   * The published location and the MD5 digests the dataset's README gives for the gzip files.
   * (Debian's package holds the same IDX contents recompressed, so its {@code .gz} digests differ.)
   */
  public static final DownloadSource PUBLISHED = new DownloadSource(
      URI.create("http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/"),
      Map.of(MnistFiles.TRAIN_IMAGES, Checksum.md5("8d4fb7e6c68d591d4c3dfef9ec88bf0d"),
          MnistFiles.TRAIN_LABELS, Checksum.md5("25c81989df183df01b3e8a0aad5dffbe"),
          MnistFiles.TEST_IMAGES, Checksum.md5("bef4ecab320f06d8554ea6380940ec79"),
          MnistFiles.TEST_LABELS, Checksum.md5("bb300cfdad3c16e7a12a480ee83cd310")));

  private static final MnistVariant VARIANT = new MnistVariant("Fashion-MNIST", ENVIRONMENT_VARIABLE,
      "fashion-mnist", Optional.of(DEBIAN_DIRECTORY), PUBLISHED, CLASS_NAMES,
      "To install it on Debian: apt-get install -y dataset-fashion-mnist");

  private FashionMnist() {}

  /**
   * Loads Fashion-MNIST from the first place that holds it, downloading it if none does.
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
