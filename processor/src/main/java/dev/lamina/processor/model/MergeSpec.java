package dev.lamina.processor.model;

import dev.lamina.dsl.ActivationFunction;
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
public record MergeSpec(MergeMode mode, ActivationFunction activation) implements MergingSpec {
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
  public String describe() {
    return mode.kerasType() + "(activation=" + activation + ")";
  }
}
