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
  private final BatchCache<INDArray> shapes;
  private long seed;
  private long step;
  private long[] tail;

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
    this.shapes = new BatchCache<>(SHAPE_CACHE, this::shapeOf);
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
    tail = tailOf(mask);
    bernoulli.runRandom(seed, step++, shapes.get(Math.toIntExact(mask.size(0))), mask);
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

  private INDArray shapeOf(int batch) {
    long[] shape = new long[tail.length + 1];
    shape[0] = batch;
    System.arraycopy(tail, 0, shape, 1, tail.length);
    return Nd4j.createFromArray(shape);
  }

  private static long[] tailOf(INDArray a) {
    long[] shape = a.shape();
    return java.util.Arrays.copyOfRange(shape, 1, shape.length);
  }
}
