package dev.lamina.processor.model;

import dev.lamina.processor.diagnostic.Problem;
import java.util.List;

/** {@code @GlobalMaxPool} and {@code @GlobalAvgPool}: {@code [h, w, c] -> [c]}, no parameters. */
public record GlobalPoolSpec(PoolKind kind) implements LayerSpec {

  @Override
  public String kerasType() {
    return kind.globalKerasType();
  }

  @Override
  public String annotation() {
    return kind.globalAnnotation();
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
    return new Shape.Flat(in.lastAxis());
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
    return kerasType() + "()";
  }
}
