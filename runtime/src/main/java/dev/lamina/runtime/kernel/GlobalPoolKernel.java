package dev.lamina.runtime.kernel;

import java.util.Objects;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Global max or average pooling (Keras {@code GlobalMaxPooling2D}, {@code GlobalAveragePooling2D}):
 * one value per channel over the whole height and width. libnd4j's {@code reduce_max} /
 * {@code reduce_mean} over axes 1 and 2, and their {@code _bp}.
 *
 * <p>Shapes: input {@code [batch, h, w, c]}, output {@code [batch, c]}.
 */
public final class GlobalPoolKernel {
  private static final long[] SPATIAL_AXES = {1, 2};

  private final NativeOp forward;
  private final NativeOp backward;

  /** @param mode maximum or mean */
  public GlobalPoolKernel(PoolMode mode) {
    Objects.requireNonNull(mode, "mode");
    String op = mode == PoolMode.MAX ? "reduce_max" : "reduce_mean";
    this.forward = NativeOp.of(op, SPATIAL_AXES);
    this.backward = NativeOp.of(op + "_bp", SPATIAL_AXES);
  }

  /**
   * @param x {@code [batch, h, w, c]}
   * @param y {@code [batch, c]}, overwritten
   */
  public void forward(INDArray x, INDArray y) {
    forward.run(x, y);
  }

  /**
   * The input gradient: {@code gradY / (h*w)} everywhere for the mean, {@code gradY} at the maximum for
   * the max.
   *
   * @param x the forward input
   * @param gradY the output gradient, {@code [batch, c]}
   * @param gradX receives the input gradient, overwritten
   */
  public void backward(INDArray x, INDArray gradY, INDArray gradX) {
    backward.run(x, gradY, gradX);
  }
}
