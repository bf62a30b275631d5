package dev.lamina.processor.model;

import dev.lamina.dsl.ActivationFunction;
import dev.lamina.processor.diagnostic.Problem;
import java.util.List;
import java.util.Objects;

/**
 * {@code @Add}, {@code @Subtract}, {@code @Multiply}, {@code @Average}, {@code @Maximum}: Keras's
 * element-wise merge layers. Two or more inputs of one shape (Keras's {@code _Merge} without
 * broadcasting; {@code Subtract} exactly two), the output of that shape, no parameters; an optional
 * activation fused after the merge.
 *
 * @param mode how the inputs are combined
 * @param activation applied last ({@link ActivationFunction#LINEAR} for none)
 */
public record MergeSpec(MergeMode mode, ActivationFunction activation) implements LayerSpec {
  public MergeSpec {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(activation, "activation");
  }

  @Override
  public String kerasType() {
    return mode.kerasType();
  }

  @Override
  public String annotation() {
    return mode.kerasType();
  }

  @Override
  public InputRank inputRank() {
    return InputRank.ANY;
  }

  @Override
  public int minInputs() {
    return 2;
  }

  @Override
  public int maxInputs() {
    return mode == MergeMode.SUBTRACT ? 2 : Integer.MAX_VALUE;
  }

  @Override
  public boolean agree(Shape a, Shape b) {
    return a.equals(b);
  }

  @Override
  public Shape mergedShape(List<Shape> ins) {
    return ins.get(0);
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
    return mode.kerasType() + "(activation=" + activation + ")";
  }
}
