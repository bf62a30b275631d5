package dev.lamina.runtime.kernel;

import java.util.Arrays;
import java.util.Objects;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Zero rows and columns around the two spatial axes (Keras {@code ZeroPadding2D(((top, bottom), (left,
 * right)))}): input {@code [batch, h, w, c]}, output {@code [batch, top + h + bottom, left + w + right, c]}
 * with the input at rows {@code [top, top + h)} and columns {@code [left, left + w)}, zeros elsewhere.
 * The input gradient is that window of the output gradient.
 *
 * <p>Loops in Java over the arrays' buffers ({@code FLOAT} and {@code DOUBLE}); arrays may be views.
 * Nothing is allocated.
 */
public final class ZeroPadding2DKernel {
  private final Margins2D padding;

  /** @param padding the rows and columns added at each border */
  public ZeroPadding2DKernel(Margins2D padding) {
    this.padding = Objects.requireNonNull(padding, "padding");
  }

  /**
   * @param x {@code [batch, h, w, c]}
   * @param y {@code [batch, top + h + bottom, left + w + right, c]}, overwritten (borders included)
   * @throws IllegalArgumentException if {@code y} is not shaped so
   */
  public void forward(INDArray x, INDArray y) {
    Cells in = Cells.of(x);
    Cells out = Cells.of(y);
    requireShapes(in, out);
    out.fill(0);
    Cells.copyWindow(in, 0, 0, out, padding.top(), padding.left(), in.size(1), in.size(2));
  }

  /**
   * @param gradY the output gradient
   * @param gradX receives the input gradient, {@code [batch, h, w, c]}, overwritten
   */
  public void backward(INDArray gradY, INDArray gradX) {
    Cells in = Cells.of(gradX);
    Cells out = Cells.of(gradY);
    requireShapes(in, out);
    Cells.copyWindow(out, padding.top(), padding.left(), in, 0, 0, in.size(1), in.size(2));
  }

  private void requireShapes(Cells in, Cells out) {
    if (out.size(0) != in.size(0) || out.size(1) != in.size(1) + padding.height()
        || out.size(2) != in.size(2) + padding.width() || out.size(3) != in.size(3)) {
      throw new IllegalArgumentException("ZeroPadding2D" + padding + " maps [" + in.size(0) + ", " + in.size(1) + ", "
          + in.size(2) + ", " + in.size(3) + "] to [" + in.size(0) + ", " + (in.size(1) + padding.height()) + ", "
          + (in.size(2) + padding.width()) + ", " + in.size(3) + "], got an output "
          + Arrays.toString(new long[] {out.size(0), out.size(1), out.size(2), out.size(3)}));
    }
  }
}
