package dev.lamina.runtime.kernel;

import dev.lamina.dsl.Padding;
import java.util.Objects;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.INDArrayIndex;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * A transposed convolution (Keras {@code Conv2DTranspose}): libnd4j's {@code deconv2d} and
 * {@code deconv2d_bp}. The kernel is in Keras's layout {@code [kH, kW, filters, inChannels]}, which is
 * also what {@code deconv2d} reads.
 *
 * <p>Output size per axis (Keras, {@code deconv_output_length}): SAME {@code in*s}; VALID
 * {@code in*s + max(k - s, 0)}. libnd4j's VALID output is {@code (in-1)*s + k}, smaller when the
 * kernel is smaller than the stride: then the op writes into a workspace that is copied into the
 * top-left corner of the output, whose remaining rows and columns get the bias alone, as in Keras.
 *
 * <p>Shapes: input {@code [batch, h, w, inChannels]}, output {@code [batch, oh, ow, filters]}, bias
 * {@code [filters]}.
 */
public final class Conv2DTransposeKernel {
  private static final int NHWC = 1;
  private static final int KERNEL_HWOI = 0;
  private static final int WORKSPACE_BATCH_SIZES = 4;

  private final Window2D window;
  private final boolean useBias;
  private final NativeOp forward;
  private final NativeOp backward;
  private final NativeOp forwardNoBias;
  private final NativeOp backwardNoBias;
  private BatchCache<INDArray> workspaces;
  private long[] workspaceTail;
  private org.nd4j.linalg.api.buffer.DataType workspaceType;

  /**
   * @param window kernel size, strides (the upsampling factor) and padding; no dilation
   * @param useBias whether a bias is added
   * @throws IllegalArgumentException if the window is dilated
   */
  public Conv2DTransposeKernel(Window2D window, boolean useBias) {
    this.window = Objects.requireNonNull(window, "window");
    if (window.dilationHeight() != 1 || window.dilationWidth() != 1) {
      throw new IllegalArgumentException("a transposed convolution has no dilation, got " + window);
    }
    this.useBias = useBias;
    long[] args = window.nativeArgs(NHWC, KERNEL_HWOI);
    this.forward = NativeOp.of("deconv2d", args);
    this.backward = NativeOp.of("deconv2d_bp", args);
    this.forwardNoBias = NativeOp.of("deconv2d", args);
    this.backwardNoBias = NativeOp.of("deconv2d_bp", args);
  }

  /**
   * {@code y = convTranspose(x, kernel) + bias}.
   *
   * @param x {@code [batch, h, w, inChannels]}
   * @param kernel {@code [kH, kW, filters, inChannels]}
   * @param bias {@code [filters]}, ignored without a bias
   * @param y {@code [batch, oh, ow, filters]}, overwritten
   */
  public void forward(INDArray x, INDArray kernel, INDArray bias, INDArray y) {
    if (!cropped(x, y)) {
      if (useBias) {
        forward.run(new INDArray[] {x, kernel, bias}, y);
      } else {
        forward.run(x, kernel, y);
      }
      return;
    }
    INDArray workspace = workspace(x, y);
    forwardNoBias.run(x, kernel, workspace);
    y.assign(0);
    y.get(corner(workspace)).assign(workspace);
    if (useBias) {
      Channels.add(y, bias);
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
  public void backward(INDArray x, INDArray kernel, INDArray bias, INDArray gradY, INDArray gradX,
      INDArray gradKernel, INDArray gradBias) {
    if (!cropped(x, gradY)) {
      if (useBias) {
        backward.run(new INDArray[] {x, kernel, bias, gradY}, gradX, gradKernel, gradBias);
      } else {
        backward.run(new INDArray[] {x, kernel, gradY}, gradX, gradKernel);
      }
      return;
    }
    INDArray workspace = workspace(x, gradY);
    workspace.assign(gradY.get(corner(workspace)));
    backwardNoBias.run(new INDArray[] {x, kernel, workspace}, gradX, gradKernel);
    if (useBias) {
      gradY.sum(gradBias, 0, 1, 2);
    }
  }

  /** Whether libnd4j's output for {@code x} is smaller than {@code y} (VALID with kernel below stride). */
  private boolean cropped(INDArray x, INDArray y) {
    return nativeLength(x.size(1), window.height(), window.strideHeight()) != y.size(1)
        || nativeLength(x.size(2), window.width(), window.strideWidth()) != y.size(2);
  }

  private long nativeLength(long in, int size, int stride) {
    return window.padding() == Padding.SAME ? in * stride : (in - 1) * stride + size;
  }

  private INDArray workspace(INDArray x, INDArray y) {
    long[] tail = {nativeLength(x.size(1), window.height(), window.strideHeight()),
        nativeLength(x.size(2), window.width(), window.strideWidth()), y.size(3)};
    if (workspaces == null || !java.util.Arrays.equals(tail, workspaceTail) || y.dataType() != workspaceType) {
      workspaceTail = tail;
      workspaceType = y.dataType();
      workspaces = new BatchCache<>(WORKSPACE_BATCH_SIZES,
          batch -> Nd4j.create(y.dataType(), batch, tail[0], tail[1], tail[2]));
    }
    return workspaces.get(Math.toIntExact(x.size(0)));
  }

  private static INDArrayIndex[] corner(INDArray workspace) {
    return new INDArrayIndex[] {NDArrayIndex.all(), NDArrayIndex.interval(0, workspace.size(1)),
        NDArrayIndex.interval(0, workspace.size(2)), NDArrayIndex.all()};
  }
}
