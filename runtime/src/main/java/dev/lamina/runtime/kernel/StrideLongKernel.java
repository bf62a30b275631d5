package dev.lamina.runtime.kernel;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * A kernel shorter than its stride, zero-padded at the bottom and right to the stride's length, for the
 * native kernels that corrupt memory on short kernels (oneDNN 2.5.2, docs/native-safety.md).
 *
 * <p>Transposed convolution: the padded kernel computes the same output, since each input pixel still
 * writes its own {@code s x s} block, the padded taps writing zeros, and both SAME
 * ({@code out = in * s}, no padding since {@code max(k - s, 0) = 0}) and VALID
 * ({@code out = in * s + max(k - s, 0) = in * s}) keep their output size; libnd4j's {@code FLOAT}
 * {@code deconv2d_bp} also rejects the short kernel for strides above 2.
 *
 * <p>Convolution (and depthwise convolution), on oneDNN only: output {@code o} reads input rows
 * {@code o*s - padTop + [0, k)}; the padded kernel reads {@code o*s - padTop + [0, s)}, the added taps
 * with zero weight, once the bottom/right padding grows by {@code s - k} (so the output size is unchanged;
 * {@code Geometry.convolution} with the padded kernel's size). The declared kernel's gradient is the
 * top-left {@code k x k} part of the padded kernel's.
 *
 * <p>The copies cost one kernel-sized assignment per pass.
 */
final class StrideLongKernel {
  private final int height;
  private final int width;
  private INDArray padded;
  private INDArray paddedGradient;

  /**
   * @param window the declared window, with a kernel shorter than its stride on at least one axis
   */
  StrideLongKernel(Window2D window) {
    this.height = Math.max(window.height(), window.strideHeight());
    this.width = Math.max(window.width(), window.strideWidth());
  }

  /** The window the padded kernel runs with: the declared one with its kernel as long as the stride. */
  static Window2D paddedWindow(Window2D w) {
    return new Window2D(Math.max(w.height(), w.strideHeight()), Math.max(w.width(), w.strideWidth()),
        w.strideHeight(), w.strideWidth(), w.dilationHeight(), w.dilationWidth(), w.padding());
  }

  /** {@code kernel} {@code [kH, kW, a, b]} copied into the top-left corner of the zero-padded kernel. */
  INDArray pad(INDArray kernel) {
    if (padded == null || padded.dataType() != kernel.dataType() || padded.size(2) != kernel.size(2)
        || padded.size(3) != kernel.size(3)) {
      padded = Nd4j.create(kernel.dataType(), height, width, kernel.size(2), kernel.size(3));
      paddedGradient = padded.ulike();
    }
    corner(padded, kernel).assign(kernel);
    return padded;
  }

  /** The gradient buffer for the padded kernel, valid after {@link #pad}. */
  INDArray paddedGradient() {
    return paddedGradient;
  }

  /** Copies the declared kernel's part of the padded kernel's gradient into {@code gradKernel}. */
  void crop(INDArray gradKernel) {
    gradKernel.assign(corner(paddedGradient, gradKernel));
  }

  private static INDArray corner(INDArray whole, INDArray part) {
    return whole.get(NDArrayIndex.interval(0, part.size(0)), NDArrayIndex.interval(0, part.size(1)),
        NDArrayIndex.all(), NDArrayIndex.all());
  }
}
