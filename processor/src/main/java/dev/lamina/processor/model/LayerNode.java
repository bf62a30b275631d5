package dev.lamina.processor.model;

import java.util.List;
import java.util.Objects;

/**
 * A layer with everything the shape inference derived for it.
 *
 * @param index position in the network, from 0
 * @param name the method's name
 * @param spec the layer's configuration
 * @param input the shape it receives
 * @param output the shape it produces
 * @param tensors its parameter tensors
 * @param macs multiply-accumulates per example
 */
public record LayerNode(int index, String name, LayerSpec spec, Shape input, Shape output, List<TensorSpec> tensors,
    long macs) {

  public LayerNode {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(output, "output");
    tensors = List.copyOf(tensors);
  }

  /** Parameter counts, from the tensors. */
  public ParamCount params() {
    return spec.params(input);
  }
}
