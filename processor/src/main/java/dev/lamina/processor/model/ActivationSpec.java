package dev.lamina.processor.model;

import dev.lamina.dsl.ActivationFunction;
import dev.lamina.processor.diagnostic.Problem;
import java.util.List;

/** {@code @Activation}: the function alone, same shape out as in, no parameters. */
public record ActivationSpec(ActivationFunction activation) implements LayerSpec {

  @Override
  public String kerasType() {
    return "Activation";
  }

  @Override
  public String annotation() {
    return "Activation";
  }

  @Override
  public InputRank inputRank() {
    return InputRank.ANY;
  }

  @Override
  public List<Problem> checkAttributes(String layer) {
    return List.of();
  }

  @Override
  public List<Problem> checkInput(String layer, Shape in) {
    return List.of();
  }

  @Override
  public Shape outputShape(Shape in) {
    return in;
  }

  @Override
  public List<TensorSpec> tensors(Shape in) {
    return List.of();
  }

  @Override
  public long macs(Shape in) {
    return 0;
  }

  @Override
  public String describe() {
    return "Activation(" + activation + ")";
  }
}
