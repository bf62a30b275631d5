package dev.lamina.bench.workload;

import dev.lamina.cli.network.Task;
import dev.lamina.runtime.Model;
import dev.lamina.samples.LaminaFashionCnn;
import dev.lamina.samples.LaminaFashionResNet;
import dev.lamina.samples.LaminaFashionSegmenter;
import dev.lamina.samples.LaminaFashionSeparableCnn;
import dev.lamina.samples.LaminaFashionUNet;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

/**
 * The benchmarked networks: the two of the Keras Fashion-MNIST tutorial, under the names the peers use
 * for them ({@code --model cnn|separable}), and the samples' residual network and two segmenters,
 * which only the project's own PyTorch reference ({@code bench/pytorch_training.py --model
 * resnet|unet|segmenter}) has; each with the name of its Lamina interface and the {@link Task} it
 * learns (the segmenters: the garment mask of {@code lamina train}, binary cross-entropy per pixel).
 */
public enum BenchNetwork {
  /** Model A: six 3x3 convolutions, 435,306 parameters. */
  CNN("cnn", "FashionCnn", 435_306, Task.CLASSIFICATION, LaminaFashionCnn::create),
  /** Model B: one convolution and five depthwise separable convolutions, 184,234 parameters. */
  SEPARABLE("separable", "FashionSeparableCnn", 184_234, Task.CLASSIFICATION, LaminaFashionSeparableCnn::create),
  /**
   * A graph: a stem, four residual blocks (two with identity, two with projection shortcuts), batch
   * normalization, global average pooling; 152,666 parameters. Not one of the peers' networks.
   */
  RESNET("resnet", "FashionResNet", 152_666, Task.CLASSIFICATION, LaminaFashionResNet::create),
  /**
   * A graph: a U-Net of depth 2 (28 -> 14 -> 7 -> 14 -> 28, nearest up-sampling, skip concatenations),
   * one sigmoid per pixel; 14,561 parameters. Not one of the peers' networks.
   */
  UNET("unet", "FashionUNet", 14_561, Task.SEGMENTATION, LaminaFashionUNet::create),
  /**
   * The chain that {@link #UNET} is measured against: two convolution + pooling blocks, two stride-2
   * transposed convolutions, one sigmoid per pixel; 9,569 parameters. Not one of the peers' networks.
   */
  SEGMENTER("segmenter", "FashionSegmenter", 9_569, Task.SEGMENTATION, LaminaFashionSegmenter::create);

  private final String peerName;
  private final String interfaceName;
  private final long params;
  private final Task task;
  private final LongFunction<Model> factory;

  BenchNetwork(String peerName, String interfaceName, long params, Task task, LongFunction<Model> factory) {
    this.peerName = peerName;
    this.interfaceName = interfaceName;
    this.params = params;
    this.task = task;
    this.factory = factory;
  }

  /**
   * The name the peers' {@code --model} option and their logs use ({@code cnn}, {@code separable}), and
   * {@code bench/pytorch_training.py}'s ({@code resnet}, {@code unet}, {@code segmenter} too).
   */
  public String peerName() {
    return peerName;
  }

  /** The simple name of the {@code @Network} interface in the samples module. */
  public String interfaceName() {
    return interfaceName;
  }

  /**
   * What the network learns, as {@code lamina train} reads it from the network's output
   * ({@link Task#of}): its targets, loss and metrics.
   */
  public Task task() {
    return task;
  }

  /** The Keras parameter count, which every implementation must reproduce. */
  public long params() {
    return params;
  }

  /** A freshly initialized Lamina model; the seed fixes the initial weights. */
  public Model create(long seed) {
    return factory.apply(seed);
  }

  /**
   * The network called {@code name}: its peer name ({@code cnn}), interface name ({@code FashionCnn})
   * or constant name, in any case.
   *
   * @throws IllegalArgumentException if no network has that name; the message lists the names
   */
  public static BenchNetwork named(String name) {
    for (BenchNetwork n : values()) {
      if (n.peerName.equalsIgnoreCase(name) || n.interfaceName.equalsIgnoreCase(name)
          || n.name().equalsIgnoreCase(name)) {
        return n;
      }
    }
    throw new IllegalArgumentException("no benchmarked network is named '" + name + "'; expected one of "
        + Arrays.stream(values()).map(n -> n.peerName + " (" + n.interfaceName + ")")
            .collect(Collectors.joining(", ")));
  }

  @Override
  public String toString() {
    return peerName.toLowerCase(Locale.ROOT);
  }
}
