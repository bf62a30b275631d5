package dev.lamina.samples.cli;

import dev.lamina.runtime.Model;
import dev.lamina.samples.LaminaFashionCnn;
import dev.lamina.samples.LaminaFashionSegmenter;
import dev.lamina.samples.LaminaFashionSeparableCnn;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

/** The networks the tool knows, by the name of their interface, with the task each is trained for. */
public enum SampleNetwork {
  /** The tutorial's convolutional classifier, 435,306 parameters. */
  FASHION_CNN("FashionCnn", Task.CLASSIFICATION, LaminaFashionCnn::create),
  /** The tutorial's depthwise separable classifier, 184,234 parameters. */
  FASHION_SEPARABLE_CNN("FashionSeparableCnn", Task.CLASSIFICATION, LaminaFashionSeparableCnn::create),
  /** The encoder-decoder that segments garments from the background, 9,569 parameters. */
  FASHION_SEGMENTER("FashionSegmenter", Task.SEGMENTATION, LaminaFashionSegmenter::create);

  private final String networkName;
  private final Task task;
  private final LongFunction<Model> factory;

  SampleNetwork(String networkName, Task task, LongFunction<Model> factory) {
    this.networkName = networkName;
    this.task = task;
    this.factory = factory;
  }

  /** The interface's simple name, which is also {@link Model#name()}. */
  public String networkName() {
    return networkName;
  }

  /** What the network is trained to do. */
  public Task task() {
    return task;
  }

  /** A freshly initialized instance; the seed fixes the initial weights. */
  public Model create(long seed) {
    return factory.apply(seed);
  }

  /**
   * The network called {@code name}: its interface name ({@code FashionCnn}) or the constant
   * ({@code fashion_cnn}), in any case.
   *
   * @throws IllegalArgumentException if no network has that name; the message lists those there are
   */
  public static SampleNetwork named(String name) {
    for (SampleNetwork n : values()) {
      if (n.networkName.equalsIgnoreCase(name) || n.name().equalsIgnoreCase(name.replace('-', '_'))) {
        return n;
      }
    }
    throw new IllegalArgumentException("no network named '" + name + "'; expected one of "
        + Arrays.stream(values()).map(SampleNetwork::networkName).collect(Collectors.joining(", ")));
  }

  @Override
  public String toString() {
    return networkName;
  }

  /** Lower-case form used in default directory names: {@code fashioncnn}. */
  String directoryName() {
    return networkName.toLowerCase(Locale.ROOT);
  }
}
