package dev.lamina.bench.workload;

import dev.lamina.runtime.Model;
import dev.lamina.samples.LaminaFashionCnn;
import dev.lamina.samples.LaminaFashionResNet;
import dev.lamina.samples.LaminaFashionSeparableCnn;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

/**
 * The benchmarked networks: the two of the Keras Fashion-MNIST tutorial, under the names the peers use
 * for them ({@code --model cnn|separable}), and the samples' residual network, which only the
 * project's own PyTorch reference ({@code bench/pytorch_training.py --model resnet}) has; each with
 * the name of its Lamina interface.
 */
public enum BenchNetwork {
  /** Model A: six 3x3 convolutions, 435,306 parameters. */
  CNN("cnn", "FashionCnn", 435_306, LaminaFashionCnn::create),
  /** Model B: one convolution and five depthwise separable convolutions, 184,234 parameters. */
  SEPARABLE("separable", "FashionSeparableCnn", 184_234, LaminaFashionSeparableCnn::create),
  /**
   * A graph: a stem, four residual blocks (two with identity, two with projection shortcuts), batch
   * normalization, global average pooling; 152,666 parameters. Not one of the peers' networks.
   */
  RESNET("resnet", "FashionResNet", 152_666, LaminaFashionResNet::create);

  private final String peerName;
  private final String interfaceName;
  private final long params;
  private final LongFunction<Model> factory;

  BenchNetwork(String peerName, String interfaceName, long params, LongFunction<Model> factory) {
    this.peerName = peerName;
    this.interfaceName = interfaceName;
    this.params = params;
    this.factory = factory;
  }

  /**
   * The name the peers' {@code --model} option and their logs use ({@code cnn}, {@code separable}), and
   * {@code bench/pytorch_training.py}'s ({@code resnet} too).
   */
  public String peerName() {
    return peerName;
  }

  /** The simple name of the {@code @Network} interface in the samples module. */
  public String interfaceName() {
    return interfaceName;
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
