package dev.lamina.samples.check;

import dev.lamina.runtime.Model;
import dev.lamina.runtime.param.Parameter;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Seeded test tensors and comparisons. */
public final class Tensors {
  private Tensors() {}

  /** Uniform values in {@code [low, high)}, c order, the same for a seed in every run. */
  public static INDArray uniform(long seed, double low, double high, DataType dataType, long... shape) {
    SplittableRandom random = new SplittableRandom(seed);
    long n = 1;
    for (long d : shape) {
      n *= d;
    }
    double[] values = new double[Math.toIntExact(n)];
    for (int i = 0; i < values.length; i++) {
      values[i] = random.nextDouble(low, high);
    }
    return Nd4j.create(values, shape, 'c').castTo(dataType);
  }

  /** A batch of {@code batch} inputs for {@code model}, uniform in {@code [-1, 1)}. */
  public static INDArray input(Model model, int batch, long seed) {
    int[] shape = model.inputShape();
    return uniform(seed, -1, 1, model.dataType(), batch, shape[0], shape[1], shape[2]);
  }

  /**
   * Replaces every parameter with seeded random values (so that biases and batch-norm statistics are
   * exercised too): trainable values uniform in {@code [-0.5, 0.5)}, moving means likewise, moving
   * variances in {@code [0.5, 1.5)}.
   */
  public static void randomize(Model model, long seed) {
    long s = seed;
    for (Parameter p : model.parameters().all()) {
      s++;
      boolean variance = p.name().equals("moving_variance");
      p.value().assign(uniform(s, variance ? 0.5 : -0.5, variance ? 1.5 : 0.5, p.value().dataType(), p.shape()));
    }
  }
}
