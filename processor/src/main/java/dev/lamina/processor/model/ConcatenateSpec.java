package dev.lamina.processor.model;

import dev.lamina.dsl.ActivationFunction;
import java.util.List;
import java.util.Objects;

/**
 * {@code @Concatenate}: Keras's {@code Concatenate(axis=-1)}: two or more inputs joined along the last
 * axis (channels, or features for flat inputs), every other size equal; the output's last size is the
 * sum of theirs; no parameters; an optional activation fused after.
 *
 * @param activation applied last ({@link ActivationFunction#LINEAR} for none)
 */
public record ConcatenateSpec(ActivationFunction activation) implements MergingSpec {
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
  public String describe() {
    return "Concatenate(axis=-1, activation=" + activation + ")";
  }
}
