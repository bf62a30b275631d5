package dev.lamina.processor.model;

import dev.lamina.processor.diagnostic.Attr;
import dev.lamina.processor.diagnostic.Message;
import dev.lamina.processor.diagnostic.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@code @Cropping2D}: Keras's {@code Cropping2D(cropping=((top, bottom), (left, right)))},
 * {@code [h, w, c] -> [h - top - bottom, w - left - right, c]}, no parameters; at least one row and
 * one column must remain ({@code [LaminaCropTooLarge]}).
 *
 * @param cropping the rows and columns removed at each border, each at least 0
 */
public record Cropping2DSpec(Margins cropping) implements LayerSpec {
  public Cropping2DSpec {
    Objects.requireNonNull(cropping, "cropping");
  }

  @Override
  public String kerasType() {
    return "Cropping2D";
  }

  @Override
  public String annotation() {
    return "Cropping2D";
  }

  @Override
  public InputRank inputRank() {
    return InputRank.SPATIAL;
  }

  @Override
  public List<Problem> checkAttributes(String layer) {
    if (cropping.nonNegative()) {
      return List.of();
    }
    return List.of(Problem.at(Attr.CROPPING, Message.INVALID_VALUE, layer, "cropping", "at least 0 at every border",
        "cropping = " + cropping.describe(), "Use margins >= 0."));
  }

  @Override
  public List<Problem> checkInput(String layer, Shape in) {
    Shape.Spatial s = (Shape.Spatial) in;
    List<Problem> out = new ArrayList<>();
    long rows = (long) cropping.top() + cropping.bottom();
    long cols = (long) cropping.left() + cropping.right();
    if (rows >= s.height()) {
      out.add(problem(layer, "row", s, rows, s.height(), "rows"));
    } else if (cols >= s.width()) {
      out.add(problem(layer, "column", s, cols, s.width(), "columns"));
    }
    return out;
  }

  private Problem problem(String layer, String axis, Shape.Spatial in, long removed, int size, String plural) {
    return Problem.at(Attr.CROPPING, Message.CROP_TOO_LARGE, layer, cropping.describe(), axis, in.describe(), removed,
        size, size - 1, plural, "cropping = " + cropping.describe());
  }

  @Override
  public Shape outputShape(Shape in) {
    Shape.Spatial s = (Shape.Spatial) in;
    return new Shape.Spatial(s.height() - cropping.top() - cropping.bottom(),
        s.width() - cropping.left() - cropping.right(), s.channels());
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
    return "Cropping2D(cropping=" + cropping.describe() + ")";
  }
}
