package dev.lamina.processor.model;

import dev.lamina.processor.diagnostic.Problem;
import java.util.List;

/** {@code @Flatten}: {@code [h, w, c] -> [h*w*c]}, a view, no parameters. */
public record FlattenSpec() implements LayerSpec {

  @Override
  public String kerasType() {
    return "Flatten";
  }

  @Override
  public String annotation() {
    return "Flatten";
  }

  @Override
  public InputRank inputRank() {
    return InputRank.SPATIAL;
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
    return new Shape.Flat(Math.toIntExact(in.size()));
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
    return "Flatten()";
  }
}
