package dev.lamina.processor.model;

import java.util.List;
import java.util.Objects;

/**
 * A layer with everything the shape inference derived for it: one node of the network graph.
 *
 * @param index position in the network's topological order, from 0
 * @param name the method's name
 * @param spec the layer's configuration
 * @param input the shape it receives (its first input's, for a layer with several)
 * @param output the shape it produces
 * @param tensors its parameter tensors
 * @param macs multiply-accumulates per example
 * @param inputs the indices of the nodes it reads, each below {@code index}, or
 *     {@link NetworkGraph#NETWORK_INPUT} for the network input
 * @param parameters the method's declared parameters, aligned with {@code inputs}; empty when the layer
 *     reads the layer before it without naming it
 */
public record LayerNode(int index, String name, LayerSpec spec, Shape input, Shape output, List<TensorSpec> tensors,
    long macs, List<Integer> inputs, List<Parameter> parameters) {

  public LayerNode {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(output, "output");
    tensors = List.copyOf(tensors);
    inputs = List.copyOf(inputs);
    parameters = List.copyOf(parameters);
    if (!parameters.isEmpty() && parameters.size() != inputs.size()) {
      throw new IllegalArgumentException("layer " + name + " has " + parameters.size() + " parameters but "
          + inputs.size() + " inputs");
    }
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("layer " + name + " reads nothing");
    }
    for (int in : inputs) {
      if (in >= index || in < NetworkGraph.NETWORK_INPUT) {
        throw new IllegalArgumentException("layer " + name + " at " + index + " reads node " + in
            + ": not an earlier node");
      }
    }
  }

  /** A chain link: a node that reads the node before it (the network input for node 0). */
  public LayerNode(int index, String name, LayerSpec spec, Shape input, Shape output, List<TensorSpec> tensors,
      long macs) {
    this(index, name, spec, input, output, tensors, macs, List.of(index - 1), List.of());
  }

  /** Parameter counts, from the tensors. */
  public ParamCount params() {
    return spec.params(input);
  }
}
