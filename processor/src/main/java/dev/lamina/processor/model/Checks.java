package dev.lamina.processor.model;

import dev.lamina.dsl.Padding;
import dev.lamina.processor.diagnostic.Attr;
import dev.lamina.processor.diagnostic.Message;
import dev.lamina.processor.diagnostic.Problem;
import java.util.List;

/** The attribute and window checks that several layer kinds share. */
final class Checks {
  private Checks() {}

  /** A positive integer attribute. */
  static void positive(List<Problem> out, String layer, Attr attr, int value) {
    if (value <= 0) {
      out.add(Problem.at(attr, Message.INVALID_VALUE, layer, attr.attributeName(), "positive",
          attr.attributeName() + " = " + value, "Use " + attr.attributeName() + " >= 1."));
    }
  }

  /** A pair attribute whose both values must be positive; points at the offending element. */
  static void positive(List<Problem> out, String layer, Attr attr, Pair pair) {
    if (pair.height() == pair.width()) {
      positive(out, layer, attr, pair.height());
      return;
    }
    int[] values = {pair.height(), pair.width()};
    String[] axes = {"height", "width"};
    for (int i = 0; i < 2; i++) {
      if (values[i] <= 0) {
        out.add(Problem.atElement(attr, i, Message.INVALID_VALUE, layer, attr.attributeName() + "'s " + axes[i],
            "positive", attr.attributeName() + " = " + pair.source(), "Use values >= 1."));
      }
    }
  }

  /** A window's own attributes: size, strides and dilation positive; dilation only with stride 1. */
  static void window(List<Problem> out, String layer, Attr sizeAttr, Window w) {
    positive(out, layer, sizeAttr, w.size());
    positive(out, layer, Attr.STRIDES, w.strides());
    positive(out, layer, Attr.DILATION_RATE, w.dilation());
    boolean dilated = w.dilation().height() > 1 || w.dilation().width() > 1;
    boolean strided = w.strides().height() > 1 || w.strides().width() > 1;
    if (dilated && strided) {
      out.add(Problem.at(Attr.DILATION_RATE, Message.DILATION_WITH_STRIDES, layer, w.dilation().source(),
          w.strides().source()));
    }
  }

  /**
   * Whether a dilated kernel is usable on {@code in}, checked before {@link #fits}: on an axis where
   * the kernel has more than one tap, a dilation above 1 must stay below the input's size (a larger one
   * spaces the taps so far apart that each output reads at most one input row or column per kernel axis,
   * the other taps falling outside the input, which with SAME padding the native kernels do not handle), and the dilated extent {@code dilation * (size - 1) + 1}
   * must fit an {@code int}. Points at the offending axis's element of a {@code {height, width}} value.
   *
   * @return whether there was no error, so that the window's output may be computed
   */
  static boolean dilation(List<Problem> out, String layer, String annotation, Window w, Shape.Spatial in) {
    int[] dilations = {w.dilation().height(), w.dilation().width()};
    int[] sizes = {w.size().height(), w.size().width()};
    int[] inputs = {in.height(), in.width()};
    String[] axes = {"height", "width"};
    String[] lines = {"row", "column"};
    boolean pair = w.dilation().height() != w.dilation().width();
    for (int a = 0; a < 2; a++) {
      if (sizes[a] > 1 && dilations[a] > 1 && dilations[a] >= inputs[a]) {
        String expected = inputs[a] > 2
            ? "a dilationRate below the input " + axes[a] + ", at most " + (inputs[a] - 1)
            : "dilationRate = 1 on an input " + axes[a] + " of " + inputs[a];
        Object[] args = {layer, annotation, w.dilation().describe(), in.describe(), axes[a], lines[a], expected,
            "dilationRate = " + w.dilation().source()};
        out.add(pair ? Problem.atElement(Attr.DILATION_RATE, a, Message.DILATION_TOO_LARGE, args)
            : Problem.at(Attr.DILATION_RATE, Message.DILATION_TOO_LARGE, args));
        return false;
      }
    }
    for (int a = 0; a < 2; a++) {
      long extent = (long) dilations[a] * (sizes[a] - 1) + 1;
      if (extent > Integer.MAX_VALUE) {
        Problem p = Problem.at(Attr.DILATION_RATE, Message.TENSOR_TOO_LARGE, layer, annotation, in.describe(),
            "a dilated kernel " + axes[a] + " of dilationRate * (kernelSize - 1) + 1 = " + dilations[a] + " * ("
            + sizes[a] + " - 1) + 1 = " + extent);
        out.add(pair ? new Problem(p.message(), p.attr(), a, p.text()) : p);
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a VALID window fits {@code in}, and whether it silently drops rows or columns (a
   * warning). SAME windows always fit. A window too large on one axis of a {@code {height, width}}
   * value points at that axis's element.
   */
  static void fits(List<Problem> out, String layer, String annotation, Attr sizeAttr, Window w, Shape.Spatial in) {
    if (w.padding() == Padding.SAME) {
      return;
    }
    Shape.Spatial o = w.output(in, in.channels());
    if (o.height() <= 0 || o.width() <= 0) {
      boolean height = o.height() <= 0;
      Pair k = w.effectiveSize();
      int inLen = height ? in.height() : in.width();
      int kLen = height ? k.height() : k.width();
      int sLen = height ? w.strides().height() : w.strides().width();
      String formula = "floor((" + inLen + " - " + kLen + ") / " + sLen + ") + 1 = " + (height ? o.height() : o.width());
      String what = sizeAttr.attributeName();
      boolean dilated = w.dilation().height() > 1 || w.dilation().width() > 1;
      String window = w.size().describe() + (dilated ? " (dilated to " + k.describe() + ")" : "");
      Pair largest = new Pair(ConvArithmetic.largestValidSize(in.height(), w.dilation().height()),
          ConvArithmetic.largestValidSize(in.width(), w.dilation().width()));
      Object[] args = {layer, annotation, what, window, in.describe(), height ? "height" : "width", formula, what,
          largest.describe(), what + " = " + w.size().source()};
      if (w.size().height() != w.size().width()) {
        out.add(Problem.atElement(sizeAttr, height ? 0 : 1, Message.WINDOW_TOO_LARGE, args));
      } else {
        out.add(Problem.at(sizeAttr, Message.WINDOW_TOO_LARGE, args));
      }
      return;
    }
    int rows = ConvArithmetic.droppedByValid(in.height(), w.size().height(), w.strides().height(), w.dilation().height());
    int cols = ConvArithmetic.droppedByValid(in.width(), w.size().width(), w.strides().width(), w.dilation().width());
    if (rows > 0 || cols > 0) {
      out.add(Problem.at(Attr.PADDING, Message.VALID_DROPS_INPUT, layer, annotation, w.describe(), in.describe(),
          rows, cols, o.height() + "x" + o.width()));
    }
  }
}
