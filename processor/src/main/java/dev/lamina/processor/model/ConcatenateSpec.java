package dev.lamina.processor.model;

import dev.lamina.dsl.ActivationFunction;
import dev.lamina.processor.diagnostic.Problem;
import java.util.List;
import java.util.Objects;

/**
 * {@code @Concatenate}: Keras's {@code Concatenate(axis=-1)}: two or more inputs joined along the last
 * axis (channels, or features for flat inputs), every other size equal; the output's last size is the
 * sum of theirs; no parameters; an optional activation fused after.
 *
 * @param activation applied last ({@link ActivationFunction#LINEAR} for none)
 */
public record ConcatenateSpec(ActivationFunction activation) implements LayerSpec {
  public ConcatenateSpec {
    Objects.requireNonNull(activation, "activation");
  }

  @Override
  public String kerasType() {
    return "Concatenate";
  }

  @Override
  public String annotation() {
    return "Concatenate";
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
  public boolean agree(Shape a, Shape b) {
    if (a instanceof Shape.Spatial s && b instanceof Shape.Spatial t) {
      return s.height() == t.height() && s.width() == t.width();
    }
    return a instanceof Shape.Flat && b instanceof Shape.Flat;
  }

  @Override
  public Shape mergedShape(List<Shape> ins) {
    long last = 0;
    for (Shape s : ins) {
      last += s instanceof Shape.Spatial sp ? sp.channels() : ((Shape.Flat) s).features();
    }
    int size = Math.toIntExact(last);
    return ins.get(0) instanceof Shape.Spatial sp ? new Shape.Spatial(sp.height(), sp.width(), size)
        : new Shape.Flat(size);
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
    return "Concatenate(axis=-1, activation=" + activation + ")";
  }
}
