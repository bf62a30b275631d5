package dev.lamina.runtime.kernel;

import java.util.Objects;
import dev.lamina.runtime.kernel.onednn.Onednn;
import dev.lamina.runtime.kernel.onednn.Pooling;
import dev.lamina.runtime.kernel.onednn.UnsupportedLayerException;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Max or average pooling over windows of each channel (Keras {@code MaxPooling2D},
 * {@code AveragePooling2D}): oneDNN's pooling for {@code FLOAT}, libnd4j's {@code maxpool2d} /
 * {@code avgpool2d} and their {@code _bp} for {@code DOUBLE}.
 *
 * <p>Shapes: input {@code [batch, h, w, c]}, output {@code [batch, oh, ow, c]}.
 */
public final class Pool2DKernel {
  private static final Logger LOG = LoggerFactory.getLogger(Pool2DKernel.class);

  private static final int NHWC = 1;
  /** avgpool2d's {@code extraParam0}: 0 divides by the cells inside the input (padding excluded). */
  private static final int EXCLUDE_PADDING = 0;

  private final NativeOp forward;
  private final NativeOp backward;
  private Pooling onednn;

  /**
   * @param mode maximum or mean
   * @param window pool size, strides and padding (dilation 1)
   */
  public Pool2DKernel(PoolMode mode, Window2D window) {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(window, "window");
    long[] args = window.nativeArgs(EXCLUDE_PADDING, NHWC);
    String op = mode == PoolMode.MAX ? "maxpool2d" : "avgpool2d";
    this.forward = NativeOp.of(op, args);
    this.backward = NativeOp.of(op + "_bp", args);
    this.onednn = Onednn.available() ? new Pooling(mode == PoolMode.MAX, window) : null;
  }

  /**
   * Pools {@code x} into {@code y}.
   *
   * @param x {@code [batch, h, w, c]}
   * @param y {@code [batch, oh, ow, c]}, overwritten
   * @param training whether a backward pass follows (max pooling then keeps the arg-max positions)
   */
  public void forward(INDArray x, INDArray y, boolean training) {
    if (onednn != null && Onednn.handles(x)) {
      try {
        onednn.forward(x, y, training);
        return;
      } catch (UnsupportedLayerException e) {
        LOG.warn("{}; pooling on libnd4j", e.getMessage());
        onednn = null;
      }
    }
    forward.run(x, y);
  }

  /**
   * The input gradient from the output gradient.
   *
   * @param x the forward input
   * @param gradY the output gradient, shaped like {@code y}
   * @param gradX receives the input gradient, overwritten
   */
  public void backward(INDArray x, INDArray gradY, INDArray gradX) {
    if (onednn != null && Onednn.handles(x)) {
      onednn.backward(gradY, gradX);
    } else {
      backward.run(x, gradY, gradX);
    }
  }
}
