package dev.lamina.onnx;

import dev.lamina.dsl.ActivationFunction;
import java.util.List;

/**
 * Lamina's activations as ONNX opset-13 nodes, with Keras's constants: SELU {@code alpha =
 * 1.6732632423543772, gamma = 1.0507009873554805}, ELU {@code alpha = 1}, leaky ReLU {@code alpha = 0.2};
 * swish as {@code x * Sigmoid(x)} (opset 13 has no such operator); softmax over the channel axis.
 */
final class Activations {
  static final double SELU_ALPHA = 1.6732632423543772;
  static final double SELU_SCALE = 1.0507009873554805;

  private Activations() {}

  /**
   * Applies {@code function} to {@code input}.
   *
   * @return the activated tensor's name ({@code input} itself for LINEAR)
   */
  static String apply(ActivationFunction function, String input, Layout layout, String layer, GraphBuilder graph) {
    return switch (function) {
      case LINEAR -> input;
      case RELU -> graph.node("Relu", layer, List.of(input));
      case SELU -> graph.node("Selu", layer, List.of(input), GraphBuilder.real("alpha", SELU_ALPHA),
          GraphBuilder.real("gamma", SELU_SCALE));
      case ELU -> graph.node("Elu", layer, List.of(input), GraphBuilder.real("alpha", 1.0));
      case LEAKY_RELU -> graph.node("LeakyRelu", layer, List.of(input), GraphBuilder.real("alpha", 0.2));
      case TANH -> graph.node("Tanh", layer, List.of(input));
      case SIGMOID -> graph.node("Sigmoid", layer, List.of(input));
      case SOFTMAX -> graph.node("Softmax", layer, List.of(input), GraphBuilder.integer("axis", layout.channelAxis()));
      case SOFTPLUS -> graph.node("Softplus", layer, List.of(input));
      case SWISH -> graph.node("Mul", layer, List.of(input, graph.node("Sigmoid", layer, List.of(input))));
    };
  }
}
