package dev.lamina.processor.model;

import dev.lamina.processor.diagnostic.Attr;
import dev.lamina.processor.diagnostic.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@code @UpSampling2D}: Keras's {@code UpSampling2D(size, interpolation)},
 * {@code [h, w, c] -> [h * size.height, w * size.width, c]}, no parameters.
 *
 * @param size the factors along height and width, each at least 1
 * @param interpolation nearest (Keras's default) or bilinear
 */
public record UpSampling2DSpec(Pair size, Interpolation interpolation) implements LayerSpec {
  public UpSampling2DSpec {
    Objects.requireNonNull(size, "size");
    Objects.requireNonNull(interpolation, "interpolation");
  }

  @Override
  public String kerasType() {
    return "UpSampling2D";
  }

  @Override
  public String annotation() {
    return "UpSampling2D";
  }

  @Override
  public InputRank inputRank() {
    return InputRank.SPATIAL;
  }

  @Override
  public List<Problem> checkAttributes(String layer) {
    List<Problem> out = new ArrayList<>();
    Checks.positive(out, layer, Attr.SIZE, size);
    return out;
  }

  @Override
  public List<Problem> checkInput(String layer, Shape in) {
    return List.of();
  }

  /** @throws ArithmeticException when a size overflows an {@code int} */
  @Override
  public Shape outputShape(Shape in) {
    Shape.Spatial s = (Shape.Spatial) in;
    return new Shape.Spatial(Math.multiplyExact(s.height(), size.height()), Math.multiplyExact(s.width(), size.width()),
        s.channels());
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
    return "UpSampling2D(size=" + size.describe() + ", interpolation=" + interpolation + ")";
  }
}
