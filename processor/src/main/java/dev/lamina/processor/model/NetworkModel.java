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
 * @param layers the layers in order, at least one
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

  /** The Keras-style summary. */
  public ModelSummary summary() {
    List<LayerSummary> rows = new ArrayList<>(layers.size());
    for (LayerNode l : layers) {
      ParamCount p = l.params();
      rows.add(new LayerSummary(l.name(), l.spec().kerasType(), l.output().dims(), p.trainable(), p.nonTrainable(),
          l.macs()));
    }
    return new ModelSummary(simpleName(), input.dims(), rows);
  }

  /**
   * The canonical architecture text: input shape, then one line per layer with its name,
   * {@link LayerSpec#describe()} and output shape. Checkpoints keep its hash.
   */
  public String architecture() {
    StringBuilder sb = new StringBuilder();
    sb.append(simpleName()).append(" input=").append(input.describe()).append('\n');
    for (LayerNode l : layers) {
      sb.append(l.name()).append(' ').append(l.spec().describe()).append(" -> ").append(l.output().describe())
          .append('\n');
    }
    return sb.toString();
  }
}
