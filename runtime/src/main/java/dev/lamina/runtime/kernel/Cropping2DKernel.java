package dev.lamina.runtime.kernel;

import java.util.Arrays;
import java.util.Objects;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Removes rows and columns at the borders of the two spatial axes (Keras {@code Cropping2D(((top,
 * bottom), (left, right)))}): input {@code [batch, h, w, c]}, output
 * {@code [batch, h - top - bottom, w - left - right, c]}, the input's rows {@code [top, h - bottom)} and
 * columns {@code [left, w - right)}. The input gradient is the output gradient in that window and zero
 * in the cropped borders.
 *
 * <p>Loops in Java over the arrays' buffers ({@code FLOAT} and {@code DOUBLE}); arrays may be views.
 * Nothing is allocated.
 */
public final class Cropping2DKernel {
  private final Margins2D cropping;

  /** @param cropping the rows and columns removed at each border */
  public Cropping2DKernel(Margins2D cropping) {
    this.cropping = Objects.requireNonNull(cropping, "cropping");
  }

  /**
   * @param x {@code [batch, h, w, c]}
   * @param y {@code [batch, h - top - bottom, w - left - right, c]}, overwritten
   * @throws IllegalArgumentException if {@code y} is not shaped so
   */
  public void forward(INDArray x, INDArray y) {
    Cells in = Cells.of(x);
    Cells out = Cells.of(y);
    requireShapes(in, out);
    Cells.copyWindow(in, cropping.top(), cropping.left(), out, 0, 0, out.size(1), out.size(2));
  }

  /**
   * @param gradY the output gradient
   * @param gradX receives the input gradient, {@code [batch, h, w, c]}, overwritten (zero in the borders)
   */
  public void backward(INDArray gradY, INDArray gradX) {
    Cells in = Cells.of(gradX);
    Cells out = Cells.of(gradY);
    requireShapes(in, out);
    in.fill(0);
    Cells.copyWindow(out, 0, 0, in, cropping.top(), cropping.left(), out.size(1), out.size(2));
  }

  private void requireShapes(Cells in, Cells out) {
    if (out.size(0) != in.size(0) || out.size(1) != in.size(1) - cropping.height()
        || out.size(2) != in.size(2) - cropping.width() || out.size(3) != in.size(3) || out.size(1) < 1
        || out.size(2) < 1) {
      throw new IllegalArgumentException("Cropping2D" + cropping + " maps [" + in.size(0) + ", " + in.size(1) + ", "
          + in.size(2) + ", " + in.size(3) + "] to [" + in.size(0) + ", " + (in.size(1) - cropping.height()) + ", "
          + (in.size(2) - cropping.width()) + ", " + in.size(3) + "], got an output "
          + Arrays.toString(new long[] {out.size(0), out.size(1), out.size(2), out.size(3)}));
    }
  }
}
