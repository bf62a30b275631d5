package dev.lamina.runtime.kernel;

import dev.lamina.dsl.Padding;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.INDArrayIndex;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Works around libnd4j 1.0.0-M2.1's SAME padding where a stride is so large that the windows do not
 * reach the input's end: TensorFlow pads {@code max((out - 1) * s + k - in, 0)}, libnd4j takes
 * {@code ((out - 1) * s + k - in) / 2} even when negative, which shifts every window (a 1x1 kernel with
 * strides 8 on a 5x5 input reads row 2 instead of row 0). On such an axis no padding is needed, and the
 * rows the windows never reach can be dropped: libnd4j then runs on the input's first
 * {@code (out - 1) * s + dilation * (k - 1) + 1} rows (or columns), where its padding is zero as
 * TensorFlow's, and the dropped rows get a zero gradient (docs/native-safety.md).
 */
final class SameCrop {
  private final Window2D window;
  private long inHeight = -1;
  private long inWidth = -1;
  private long height;
  private long width;
  private INDArray scratch;

  SameCrop(Window2D window) {
    this.window = window;
  }

  /** {@code x} itself, or the view of it that libnd4j must see. */
  INDArray input(INDArray x) {
    measure(x);
    return cropping() ? x.get(corner()) : x;
  }

  /**
   * Where libnd4j writes the input gradient: {@code gradX} itself, or a scratch array of the cropped
   * shape to be {@linkplain #finish finished} into it.
   */
  INDArray gradient(INDArray x, INDArray gradX) {
    measure(x);
    if (!cropping()) {
      return gradX;
    }
    long[] shape = {gradX.size(0), height, width, gradX.size(3)};
    if (scratch == null || !java.util.Arrays.equals(scratch.shape(), shape) || scratch.dataType() != gradX.dataType()) {
      scratch = org.nd4j.linalg.factory.Nd4j.create(gradX.dataType(), shape);
    }
    return scratch;
  }

  /** Copies the cropped gradient into {@code gradX}, zero where the windows never reach. */
  void finish(INDArray gradX, INDArray written) {
    if (written != gradX) {
      gradX.assign(0);
      gradX.get(corner()).assign(written);
    }
  }

  private boolean cropping() {
    return height != inHeight || width != inWidth;
  }

  private INDArrayIndex[] corner() {
    return new INDArrayIndex[] {NDArrayIndex.all(), NDArrayIndex.interval(0, height), NDArrayIndex.interval(0, width),
        NDArrayIndex.all()};
  }

  private void measure(INDArray x) {
    if (x.size(1) == inHeight && x.size(2) == inWidth) {
      return;
    }
    inHeight = x.size(1);
    inWidth = x.size(2);
    height = reached(inHeight, window.height(), window.strideHeight(), window.dilationHeight());
    width = reached(inWidth, window.width(), window.strideWidth(), window.dilationWidth());
  }

  private long reached(long in, int k, int s, int d) {
    if (window.padding() != Padding.SAME) {
      return in;
    }
    long out = (in + s - 1) / s;
    return Math.min(in, (out - 1) * s + (long) d * (k - 1) + 1);
  }
}
