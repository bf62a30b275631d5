package dev.lamina.runtime.kernel;

import java.util.Objects;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Inverted dropout (Keras {@code Dropout}; Srivastava et al., 2014): while training, each value is kept
 * with probability {@code 1 - rate} and scaled by {@code 1 / (1 - rate)}, so inference is the identity.
 *
 * <p>Masks come from libnd4j's {@code random_bernoulli} with the generator state {@code (seed, step)}:
 * the {@code k}-th mask after {@link #seed(long)} depends only on the seed and {@code k}, so re-seeding
 * repeats the masks exactly.
 */
public final class DropoutKernel {
  private static final int SHAPE_CACHE = 4;

  private final NativeOp bernoulli;
  private final NativeOp multiply = NativeOp.of("multiply");
  private final INDArray scale;
  private BatchCache<INDArray> shapes;
  private long seed;
  private long step;

  /**
   * @param rate the fraction of values dropped, in {@code [0, 1)}
   * @param seed the first seed of the mask generator
   * @param dataType the type of the tensors it will run on
   * @throws IllegalArgumentException if {@code rate} is outside {@code [0, 1)}
   */
  public DropoutKernel(double rate, long seed, DataType dataType) {
    Objects.requireNonNull(dataType, "dataType");
    if (!(rate >= 0 && rate < 1)) {
      throw new IllegalArgumentException("dropout rate must be in [0, 1), got " + rate);
    }
    this.bernoulli = NativeOp.withFloats("random_bernoulli", 1 - rate);
    this.scale = Nd4j.scalar(dataType, 1 / (1 - rate));
    this.seed = seed;
  }

  /** Restarts the mask sequence from {@code seed}. */
  public void seed(long seed) {
    this.seed = seed;
    this.step = 0;
  }

  /**
   * Draws the next mask and applies it: {@code mask = bernoulli(1 - rate) / (1 - rate)},
   * {@code y = x * mask}.
   *
   * @param x the input
   * @param mask receives the scaled mask, shaped like {@code x}; kept for {@link #backward}
   * @param y receives the output, shaped like {@code x}
   */
  public void forwardTraining(INDArray x, INDArray mask, INDArray y) {
    bernoulli.runRandom(seed, step++, shape(mask), mask);
    multiply.run(mask, scale, mask);
    multiply.run(x, mask, y);
  }

  /**
   * {@code gradX = gradY * mask}.
   *
   * @param gradY the output gradient
   * @param mask the mask of the forward pass
   * @param gradX receives the input gradient, overwritten
   */
  public void backward(INDArray gradY, INDArray mask, INDArray gradX) {
    multiply.run(gradY, mask, gradX);
  }

  /** {@code random_bernoulli}'s shape argument for {@code mask}, created once per batch size. */
  private INDArray shape(INDArray mask) {
    if (shapes == null) {
      long[] example = java.util.Arrays.copyOfRange(mask.shape(), 1, mask.rank());
      shapes = new BatchCache<>(SHAPE_CACHE, batch -> {
        long[] shape = new long[example.length + 1];
        shape[0] = batch;
        System.arraycopy(example, 0, shape, 1, example.length);
        return Nd4j.createFromArray(shape);
      });
    }
    return shapes.get(Math.toIntExact(mask.size(0)));
  }
}
