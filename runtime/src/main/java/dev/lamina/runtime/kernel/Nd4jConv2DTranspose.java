package dev.lamina.runtime.kernel;

import dev.lamina.dsl.Padding;
import java.util.Objects;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A transposed convolution (Keras {@code Conv2DTranspose}): libnd4j's {@code deconv2d} and
 * {@code deconv2d_bp}. The kernel is in Keras's layout {@code [kH, kW, filters, inChannels]}, which is
 * also what {@code deconv2d} reads.
 *
 * <p>Output size per axis (Keras, {@code deconv_output_length}): SAME {@code in*s}; VALID
 * {@code in*s + max(k - s, 0)}. libnd4j's VALID output is {@code (in-1)*s + k}, smaller when the
 * kernel is smaller than the stride. Then the op writes into a workspace that {@code pad} copies into
 * the top-left corner of the output, whose remaining rows and columns are zero plus the bias, as in
 * Keras; the backward pass {@code slice}s the same corner out of the output gradient.
 *
 * <p>Shapes: input {@code [batch, h, w, inChannels]}, output {@code [batch, oh, ow, filters]}, bias
 * {@code [filters]}.
 */
final class Nd4jConv2DTranspose implements Nd4jWeighted {
  private static final int NHWC = 1;
  private static final int KERNEL_HWOI = 0;
  private static final int WORKSPACE_BATCH_SIZES = 4;
  private static final long[] BATCH_AND_SPATIAL_AXES = {0, 1, 2};

  private final Window2D window;
  private final boolean useBias;
  private final long[] args;
  private final NativeOp forward;
  private final NativeOp backward;
  private Crop crop;
  private boolean plain;

  /** What a VALID layer with kernel below stride needs: the workspace and the ops around it. */
  private record Crop(long height, long width, long extraHeight, long extraWidth, DataType dataType,
      NativeOp forward, NativeOp backward, NativeOp pad, INDArray paddings, NativeOp slice, NativeOp biasAdd,
      NativeOp biasGradient, BatchCache<INDArray> workspaces) {}

  /**
   * @param window kernel size, strides (the upsampling factor) and padding; no dilation
   * @param useBias whether a bias is added
   * @throws IllegalArgumentException if the window is dilated
   */
  Nd4jConv2DTranspose(Window2D window, boolean useBias) {
    this.window = Objects.requireNonNull(window, "window");
    if (window.dilationHeight() != 1 || window.dilationWidth() != 1) {
      throw new IllegalArgumentException("a transposed convolution has no dilation, got " + window);
    }
    this.useBias = useBias;
    this.args = window.nativeArgs(NHWC, KERNEL_HWOI);
    this.forward = NativeOp.of("deconv2d", args);
    this.backward = NativeOp.of("deconv2d_bp", args);
  }

  /**
   * {@code y = convTranspose(x, kernel) + bias}.
   *
   * @param x {@code [batch, h, w, inChannels]}
   * @param kernel {@code [kH, kW, filters, inChannels]}
   * @param bias {@code [filters]}, ignored without a bias
   * @param y {@code [batch, oh, ow, filters]}, overwritten
   */
  @Override
  public void forward(INDArray x, INDArray kernel, INDArray bias, INDArray y) {
    if (plain && x.dataType() == DataType.FLOAT) {
      INDArray yd = Nd4j.create(DataType.DOUBLE, y.shape());
      forward(x.castTo(DataType.DOUBLE), kernel.castTo(DataType.DOUBLE), asDouble(bias), yd);
      y.assign(yd);
      return;
    }
    Crop c = crop(x, y);
    if (c == null) {
      if (useBias) {
        forward.run(new INDArray[] {x, kernel, bias}, y);
      } else {
        forward.run(x, kernel, y);
      }
      return;
    }
    INDArray workspace = c.workspaces().get(Math.toIntExact(x.size(0)));
    c.forward().run(x, kernel, workspace);
    c.pad().run(workspace, c.paddings(), y);
    if (useBias) {
      c.biasAdd().run(y, bias, y);
    }
  }

  /**
   * Input, kernel and bias gradients from the output gradient; all overwritten.
   *
   * @param x the forward input
   * @param kernel the forward kernel
   * @param bias the bias (ignored without a bias)
   * @param gradY the output gradient
   * @param gradX receives the input gradient
   * @param gradKernel receives the kernel gradient
   * @param gradBias receives the bias gradient (ignored without a bias)
   */
  @Override
  public void backward(INDArray x, INDArray kernel, INDArray bias, INDArray gradY, INDArray gradX,
      INDArray gradKernel, INDArray gradBias) {
    if (plain && x.dataType() == DataType.FLOAT) {
      INDArray gx = Nd4j.create(DataType.DOUBLE, gradX.shape());
      INDArray gk = Nd4j.create(DataType.DOUBLE, gradKernel.shape());
      INDArray gb = useBias ? Nd4j.create(DataType.DOUBLE, gradBias.shape()) : null;
      backward(x.castTo(DataType.DOUBLE), kernel.castTo(DataType.DOUBLE), asDouble(bias),
          gradY.castTo(DataType.DOUBLE), gx, gk, gb);
      gradX.assign(gx);
      gradKernel.assign(gk);
      if (useBias) {
        gradBias.assign(gb);
      }
      return;
    }
    Crop c = crop(x, gradY);
    if (c == null) {
      if (useBias) {
        backward.run(new INDArray[] {x, kernel, bias, gradY}, gradX, gradKernel, gradBias);
      } else {
        backward.run(new INDArray[] {x, kernel, gradY}, gradX, gradKernel);
      }
      return;
    }
    INDArray workspace = c.workspaces().get(Math.toIntExact(x.size(0)));
    c.slice().run(gradY, workspace);
    c.backward().run(new INDArray[] {x, kernel, workspace}, gradX, gradKernel);
    if (useBias) {
      c.biasGradient().run(gradY, gradBias);
    }
  }

  /** The crop of a VALID layer whose kernel is below its stride, or null when libnd4j's output fits. */
  private Crop crop(INDArray x, INDArray y) {
    long h = nativeLength(x.size(1), window.height(), window.strideHeight());
    long w = nativeLength(x.size(2), window.width(), window.strideWidth());
    long extraHeight = y.size(1) - h;
    long extraWidth = y.size(2) - w;
    if (extraHeight == 0 && extraWidth == 0) {
      return null;
    }
    if (crop == null || crop.height() != h || crop.width() != w || crop.dataType() != y.dataType()) {
      long filters = y.size(3);
      DataType type = y.dataType();
      INDArray paddings = Nd4j.createFromArray(new long[][] {{0, 0}, {0, extraHeight}, {0, extraWidth}, {0, 0}});
      crop = new Crop(h, w, extraHeight, extraWidth, type, deconvolution("deconv2d"),
          deconvolution("deconv2d_bp"), NativeOp.withFloats("pad", 0.0).integers(0), paddings,
          NativeOp.of("slice", 0, 0, 0, 0, -1, h, w, -1), NativeOp.of("biasadd"),
          NativeOp.of("reduce_sum", BATCH_AND_SPATIAL_AXES),
          new BatchCache<>(WORKSPACE_BATCH_SIZES, batch -> Nd4j.create(type, batch, h, w, filters)));
    }
    return crop;
  }

  private long nativeLength(long in, int size, int stride) {
    return window.padding() == Padding.SAME ? in * stride : (in - 1) * stride + size;
  }

  /**
   * {@inheritDoc} libnd4j's {@code FLOAT} {@code deconv2d_bp} reaches its oneDNN helper through the
   * convolution it calls even then, so {@code FLOAT} arrays are computed in {@code DOUBLE} copies
   * (allocated on every pass: this route is for the rare shapes oneDNN cannot run).
   */
  @Override
  public void withoutHelpers() {
    plain = true;
    forward.withoutHelpers();
    backward.withoutHelpers();
    crop = null;
  }

  /** A {@code DOUBLE} copy of the bias, or null without a bias (whose array may be null). */
  private INDArray asDouble(INDArray bias) {
    return useBias ? bias.castTo(DataType.DOUBLE) : null;
  }

  private NativeOp deconvolution(String name) {
    NativeOp op = NativeOp.of(name, args);
    return plain ? op.withoutHelpers() : op;
  }
}
