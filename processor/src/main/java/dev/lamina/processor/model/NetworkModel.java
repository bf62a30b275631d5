package dev.lamina.processor.model;

import dev.lamina.summary.LayerSummary;
import dev.lamina.summary.ModelSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A network whose every shape is known: what the writer turns into code.
 *
 * @param packageName the interface's package ("" for the unnamed package)
 * @param interfaceName the interface's name within its package, {@code Outer.Inner} when nested
 * @param input one example's input shape
 * @param layers the layers in a topological order (each reads only earlier ones), at least one; the
 *     last is the network's output
 */
public record NetworkModel(String packageName, String interfaceName, Shape.Spatial input, List<LayerNode> layers) {

  public NetworkModel {
    Objects.requireNonNull(packageName, "packageName");
    Objects.requireNonNull(interfaceName, "interfaceName");
    Objects.requireNonNull(input, "input");
    layers = List.copyOf(layers);
    if (layers.isEmpty()) {
      throw new IllegalArgumentException("a network has at least one layer");
    }
    for (int i = 0; i < layers.size(); i++) {
      if (layers.get(i).index() != i) {
        throw new IllegalArgumentException("layer " + layers.get(i).name() + " has index "
            + layers.get(i).index() + " at position " + i);
      }
    }
  }

  /** The wiring: which nodes each layer reads and which read it (LayerNode's constructor keeps it acyclic). */
  public NetworkGraph graph() {
    return NetworkGraph.ofNodes(layers);
  }

  /** The nodes that read layer {@code i}'s output, in topological order. */
  public List<LayerNode> consumers(int i) {
    return graph().consumers(i).stream().map(layers::get).toList();
  }

  /** The interface's simple name: the network's name in summaries and messages. */
  public String simpleName() {
    int dot = interfaceName.lastIndexOf('.');
    return dot < 0 ? interfaceName : interfaceName.substring(dot + 1);
  }

  /**
   * The generated class's simple name, in the interface's package: {@code LaminaFashionCnn}, or
   * {@code LaminaOuter_Inner} for a nested interface (as Dagger names {@code DaggerOuter_Inner}).
   */
  public String generatedName() {
    return "Lamina" + interfaceName.replace('.', '_');
  }

  /** The generated class's qualified name: {@code dev.lamina.samples.LaminaFashionCnn}. */
  public String qualifiedGeneratedName() {
    return packageName.isEmpty() ? generatedName() : packageName + "." + generatedName();
  }

  /** The last layer's output shape. */
  public Shape output() {
    return layers.get(layers.size() - 1).output();
  }

  /** All parameters, trainable and not. */
  public long totalParams() {
    long total = 0;
    for (LayerNode l : layers) {
      total = Counts.add(total, l.params().total());
    }
    return total;
  }

  /** The Keras-style summary; with Keras's "Connected to" column when the network is no plain chain. */
  public ModelSummary summary() {
    List<LayerSummary> rows = new ArrayList<>(layers.size());
    boolean chain = graph().isChain();
    for (LayerNode l : layers) {
      ParamCount p = l.params();
      List<String> connectedTo = chain ? List.of() : l.inputs().stream()
          .map(i -> i == NetworkGraph.NETWORK_INPUT ? "input" : layers.get(i).name()).toList();
      rows.add(new LayerSummary(l.name(), l.spec().kerasType(), l.output().dims(), p.trainable(), p.nonTrainable(),
          l.macs(), connectedTo));
    }
    return new ModelSummary(simpleName(), input.dims(), rows);
  }

  /**
   * The canonical architecture text: input shape, then one line per layer with its name,
   * {@link LayerSpec#describe()} and output shape; a layer that reads anything but the layer before it
   * adds {@code <- a, b} (its inputs, {@code input} for the network input), so that the wiring is part
   * of the text while a chain's text, and so its checkpoints' fingerprints, stay as they were.
   * Checkpoints keep its hash.
   */
  public String architecture() {
    StringBuilder sb = new StringBuilder();
    sb.append(simpleName()).append(" input=").append(input.describe()).append('\n');
    for (LayerNode l : layers) {
      sb.append(l.name()).append(' ').append(l.spec().describe()).append(" -> ").append(l.output().describe());
      if (!l.inputs().equals(List.of(l.index() - 1))) {
        sb.append(" <- ").append(String.join(", ", l.inputs().stream()
            .map(i -> i == NetworkGraph.NETWORK_INPUT ? "input" : layers.get(i).name()).toList()));
      }
      sb.append('\n');
    }
    return sb.toString();
  }
}
