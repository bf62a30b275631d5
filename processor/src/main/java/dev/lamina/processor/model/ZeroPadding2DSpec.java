package dev.lamina.processor.model;

import dev.lamina.processor.diagnostic.Attr;
import dev.lamina.processor.diagnostic.Message;
import dev.lamina.processor.diagnostic.Problem;
import java.util.List;
import java.util.Objects;

/**
 * {@code @ZeroPadding2D}: Keras's {@code ZeroPadding2D(padding=((top, bottom), (left, right)))},
 * {@code [h, w, c] -> [top + h + bottom, left + w + right, c]}, zeros in the new rows and columns, no
 * parameters.
 *
 * @param padding the rows and columns added at each border, each at least 0
 */
public record ZeroPadding2DSpec(Margins padding) implements LayerSpec {
  public ZeroPadding2DSpec {
    Objects.requireNonNull(padding, "padding");
  }

  @Override
  public String kerasType() {
    return "ZeroPadding2D";
  }

  @Override
  public String annotation() {
    return "ZeroPadding2D";
  }

  @Override
  public InputRank inputRank() {
    return InputRank.SPATIAL;
  }

  @Override
  public List<Problem> checkAttributes(String layer) {
    if (padding.nonNegative()) {
      return List.of();
    }
    return List.of(Problem.at(Attr.PADDING, Message.INVALID_VALUE, layer, "padding", "at least 0 at every border",
        "padding = " + padding.describe(), "Use margins >= 0."));
  }

  @Override
  public List<Problem> checkInput(String layer, Shape in) {
    return List.of();
  }

  /** @throws ArithmeticException when a size overflows an {@code int} */
  @Override
  public Shape outputShape(Shape in) {
    Shape.Spatial s = (Shape.Spatial) in;
    return new Shape.Spatial(Math.addExact(s.height(), Math.addExact(padding.top(), padding.bottom())),
        Math.addExact(s.width(), Math.addExact(padding.left(), padding.right())), s.channels());
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
    return "ZeroPadding2D(padding=" + padding.describe() + ")";
  }
}
