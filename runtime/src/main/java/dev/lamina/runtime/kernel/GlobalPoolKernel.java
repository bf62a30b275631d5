package dev.lamina.runtime.kernel;

import dev.lamina.dsl.Padding;
import java.util.Objects;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Global max or average pooling (Keras {@code GlobalMaxPooling2D}, {@code GlobalAveragePooling2D}):
 * one value per channel over the whole height and width. Runs as a {@link Pool2DKernel} whose VALID
 * window covers the input, on a {@code [batch, 1, 1, c]} view of the output.
 *
 * <p>Shapes: input {@code [batch, h, w, c]}, output {@code [batch, c]}.
 */
public final class GlobalPoolKernel {
  private final Pool2DKernel pool;

  /**
   * @param mode maximum or mean
   * @param height the input height
   * @param width the input width
   */
  public GlobalPoolKernel(PoolMode mode, int height, int width) {
    Objects.requireNonNull(mode, "mode");
    this.pool = new Pool2DKernel(mode, Window2D.of(height, width, 1, 1, Padding.VALID));
  }

  /**
   * @param x {@code [batch, h, w, c]}
   * @param y {@code [batch, c]}, overwritten
   */
  public void forward(INDArray x, INDArray y) {
    pool.forward(x, spatial(y));
  }

  /**
   * @param x the forward input
   * @param gradY the output gradient, {@code [batch, c]}
   * @param gradX receives the input gradient, overwritten
   */
  public void backward(INDArray x, INDArray gradY, INDArray gradX) {
    pool.backward(x, spatial(gradY), gradX);
  }

  private static INDArray spatial(INDArray flat) {
    return flat.reshape('c', flat.size(0), 1, 1, flat.size(1));
  }
}
