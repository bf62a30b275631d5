package dev.lamina.cli.data;

import dev.lamina.runtime.data.mnist.FashionMnist;
import dev.lamina.runtime.data.mnist.Mnist;
import dev.lamina.runtime.data.mnist.MnistLoader;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** The MNIST-style datasets the tool reads from IDX files: 28x28 gray images, 10 classes. */
public enum IdxDataset {
  /** Zalando's Fashion-MNIST (the tutorial's data). */
  FASHION_MNIST("fashion-mnist", "Fashion-MNIST", FashionMnist::builder, FashionMnist.CLASS_NAMES),
  /** LeCun's handwritten digits. */
  MNIST("mnist", "MNIST", Mnist::builder, Mnist.CLASS_NAMES);

  /** The images' shape. */
  public static final int[] IMAGE_SHAPE = {28, 28, 1};
  /** Training images in each. */
  public static final int TRAINING_IMAGES = 60_000;

  private final String id;
  private final String title;
  private final Supplier<MnistLoader.Builder> loader;
  private final List<String> classNames;

  IdxDataset(String id, String title, Supplier<MnistLoader.Builder> loader, List<String> classNames) {
    this.id = id;
    this.title = title;
    this.loader = loader;
    this.classNames = classNames;
  }

  /** The ten class names, by label. */
  public List<String> classNames() {
    return classNames;
  }

  /** The name on the command line and in {@code preprocessing.json}: {@code fashion-mnist}. */
  public String id() {
    return id;
  }

  /** The dataset's own spelling: {@code Fashion-MNIST}. */
  public String title() {
    return title;
  }

  /** A loader of its files: the directory given, or the usual places and a verified download. */
  public MnistLoader.Builder loader() {
    return loader.get();
  }

  /**
   * The dataset called {@code name} ({@code fashion-mnist}, {@code mnist}, any case, {@code _} for {@code -}).
   *
   * @throws IllegalArgumentException if none is; the message lists them
   */
  public static IdxDataset named(String name) {
    String wanted = name.toLowerCase(Locale.ROOT).replace('_', '-');
    for (IdxDataset d : values()) {
      if (d.id.equals(wanted)) {
        return d;
      }
    }
    throw new IllegalArgumentException("no dataset named '" + name + "'; expected one of "
        + Arrays.stream(values()).map(IdxDataset::id).collect(Collectors.joining(", ")));
  }

  @Override
  public String toString() {
    return id;
  }
}
