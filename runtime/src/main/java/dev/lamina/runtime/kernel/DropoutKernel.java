package dev.lamina.runtime.kernel;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.random.impl.BernoulliDistribution;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Inverted dropout (Keras {@code Dropout}; Srivastava et al., 2014): while training, each value is kept
 * with probability {@code 1 - rate} and scaled by {@code 1 / (1 - rate)}, so inference is the identity.
 * Masks come from the kernel's own seeded generator, so a seed fixes every mask that follows.
 */
public final class DropoutKernel {
  private final double rate;
  private final Random random;

  /**
   * @param rate the fraction of values dropped, in {@code [0, 1)}
   * @param seed the first seed of the mask generator
   * @throws IllegalArgumentException if {@code rate} is outside {@code [0, 1)}
   */
  public DropoutKernel(double rate, long seed) {
    if (!(rate >= 0 && rate < 1)) {
      throw new IllegalArgumentException("dropout rate must be in [0, 1), got " + rate);
    }
    this.rate = rate;
    this.random = Nd4j.getRandomFactory().getNewRandomInstance(seed);
  }

  /** Restarts the mask generator from {@code seed}. */
  public void seed(long seed) {
    random.setSeed(seed);
  }

  /**
   * Draws a new mask and applies it: {@code mask = bernoulli(1 - rate) / (1 - rate)}, {@code y = x * mask}.
   *
   * @param x the input
   * @param mask receives the scaled mask, shaped like {@code x}; kept for {@link #backward}
   * @param y receives the output, shaped like {@code x}
   */
  public void forwardTraining(INDArray x, INDArray mask, INDArray y) {
    Nd4j.getExecutioner().exec(new BernoulliDistribution(mask, 1 - rate), random);
    mask.muli(1 / (1 - rate));
    x.mul(mask, y);
  }

  /**
   * {@code gradX = gradY * mask}.
   *
   * @param gradY the output gradient
   * @param mask the mask of the forward pass
   * @param gradX receives the input gradient, overwritten
   */
  public void backward(INDArray gradY, INDArray mask, INDArray gradX) {
    gradY.mul(mask, gradX);
  }
}
