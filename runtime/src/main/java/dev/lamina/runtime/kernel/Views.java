package dev.lamina.runtime.kernel;

import org.nd4j.linalg.api.ndarray.INDArray;

/** Zero-copy reshapes generated networks use (Keras {@code Flatten} on NHWC). */
public final class Views {
  private Views() {}

  /**
   * {@code [batch, h, w, c] -> [batch, h*w*c]} in row-major (c) order, as Keras flattens NHWC.
   *
   * @throws IllegalStateException if {@code x} is not contiguous in c order (the result would be a copy)
   */
  public static INDArray flatten(INDArray x) {
    return view(x, x.size(0), x.length() / x.size(0));
  }

  private static INDArray view(INDArray x, long... shape) {
    INDArray v = x.reshape('c', shape);
    if (v.data().address() != x.data().address()) {
      throw new IllegalStateException("reshape of " + java.util.Arrays.toString(x.shape()) + " to "
          + java.util.Arrays.toString(shape) + " is not a view");
    }
    return v;
  }
}
