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
 * {@code AveragePooling2D}): oneDNN's pooling for {@code FLOAT} (except a SAME window larger than its input,
 * see {@link #route}), libnd4j's {@code maxpool2d} /
 * {@code avgpool2d} and their {@code _bp} for {@code DOUBLE}.
 *
 * <p>Shapes: input {@code [batch, h, w, c]}, output {@code [batch, oh, ow, c]}.
 */
public final class Pool2DKernel {
  private static final Logger LOG = LoggerFactory.getLogger(Pool2DKernel.class);

  private static final int NHWC = 1;
  /** avgpool2d's {@code extraParam0}: 0 divides by the cells inside the input (padding excluded). */
  private static final int EXCLUDE_PADDING = 0;

  private final Window2D window;
  private final NativeOp forward;
  private final NativeOp backward;
  private Pooling onednn;
  private boolean routed;
  private final SameCrop crop;

  /**
   * @param mode maximum or mean
   * @param window pool size, strides and padding (dilation 1)
   */
  public Pool2DKernel(PoolMode mode, Window2D window) {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(window, "window");
    long[] args = window.nativeArgs(EXCLUDE_PADDING, NHWC);
    String op = mode == PoolMode.MAX ? "maxpool2d" : "avgpool2d";
    this.window = window;
    this.crop = new SameCrop(window);
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
    if (!routed) {
      route(x);
    }
    if (onednn != null && Onednn.handles(x)) {
      try {
        onednn.forward(x, y, training);
        return;
      } catch (UnsupportedLayerException e) {
        LOG.warn("{}; pooling on libnd4j", e.getMessage());
        onednn = null;
      }
    }
    forward.run(crop.input(x), y);
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
      INDArray g = crop.gradient(x, gradX);
      backward.run(crop.input(x), gradY, g);
      crop.finish(gradX, g);
    }
  }

  /**
   * On the first pass, once the input's size is known: a SAME window larger than the input on an axis
   * (whose padding then exceeds the input) makes oneDNN 2.5.2's pooling write outside its buffers, so such
   * a pooling runs on libnd4j's own implementation, without its oneDNN helper (docs/native-safety.md).
   * The input's size is fixed by the network, so this is decided once.
   */
  private void route(INDArray x) {
    routed = true;
    if (window.padding() == dev.lamina.dsl.Padding.SAME && (window.height() > x.size(1) || window.width() > x.size(2))) {
      onednn = null;
      forward.withoutHelpers();
      backward.withoutHelpers();
    }
  }
}
