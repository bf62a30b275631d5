package dev.lamina.runtime.init;

import dev.lamina.dsl.Initializer;
import dev.lamina.runtime.kernel.IntraOpThreads;
import java.util.Objects;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Fills parameter tensors as Keras's initializers do ({@code keras.initializers}, all variance
 * scaling but zeros and ones):
 *
 * <ul>
 *   <li>uniform variants: {@code U(-l, l)}, {@code l = sqrt(3 * scale / n)};
 *   <li>normal variants: a normal distribution truncated at two standard deviations with standard
 *       deviation {@code sqrt(scale / n) / 0.87962566103423978} (Keras's correction for the
 *       truncation);
 *   <li>Glorot: {@code scale = 1}, {@code n = (fanIn + fanOut) / 2}; He: {@code scale = 2},
 *       {@code n = fanIn}; LeCun: {@code scale = 1}, {@code n = fanIn}.
 * </ul>
 *
 * <p>Fans are computed on the stored shape ({@link Fans}). Each tensor draws from its own stream,
 * seeded from the model's seed and the tensor's path ({@code layer/name}), so a tensor's values do not
 * depend on the other tensors of the network, and the same seed gives the same values on every run.
 */
public final class Initializers {
  /** Keras's stddev of a standard normal truncated to {@code [-2, 2]}. */
  static final double TRUNCATED_NORMAL_STDDEV = 0.87962566103423978;

  private Initializers() {}

  /**
   * Fills {@code target} in place.
   *
   * @param target the tensor, in Keras's layout (its shape gives the fans)
   * @param initializer how to fill it
   * @param seed the model's seed
   * @param path the tensor's {@code layer/name}, which picks its random stream
   */
  public static void fill(INDArray target, Initializer initializer, long seed, String path) {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(initializer, "initializer");
    Objects.requireNonNull(path, "path");
    // one OpenMP thread: the copies are quick, and the caller's thread is left without an OpenMP team,
    // which would count against the CPUs for every other team (see IntraOpThreads)
    int threads = IntraOpThreads.set(1);
    try {
      switch (initializer) {
        case ZEROS -> target.assign(0);
        case ONES -> target.assign(1);
        default -> {
          double[] values = sample(initializer, Fans.of(target.shape()), Math.toIntExact(target.length()),
              new SplittableRandom(Seeds.derive(seed, path)));
          target.assign(Nd4j.create(values, target.shape(), 'c').castTo(target.dataType()));
        }
      }
    } finally {
      IntraOpThreads.set(threads);
    }
  }

  /** {@code count} values of {@code initializer} for a tensor with {@code fans}. */
  static double[] sample(Initializer initializer, Fans fans, int count, SplittableRandom random) {
    double[] out = new double[count];
    switch (initializer) {
      case GLOROT_UNIFORM -> uniform(out, 1, fans.average(), random);
      case HE_UNIFORM -> uniform(out, 2, fans.in(), random);
      case LECUN_UNIFORM -> uniform(out, 1, fans.in(), random);
      case GLOROT_NORMAL -> truncatedNormal(out, 1, fans.average(), random);
      case HE_NORMAL -> truncatedNormal(out, 2, fans.in(), random);
      case LECUN_NORMAL -> truncatedNormal(out, 1, fans.in(), random);
      case ZEROS -> java.util.Arrays.fill(out, 0);
      case ONES -> java.util.Arrays.fill(out, 1);
    }
    return out;
  }

  private static void uniform(double[] out, double scale, double n, SplittableRandom random) {
    double limit = Math.sqrt(3 * scale / n);
    for (int i = 0; i < out.length; i++) {
      out[i] = random.nextDouble(-limit, limit);
    }
  }

  private static void truncatedNormal(double[] out, double scale, double n, SplittableRandom random) {
    double stddev = Math.sqrt(scale / n) / TRUNCATED_NORMAL_STDDEV;
    for (int i = 0; i < out.length; i++) {
      double z;
      do {
        z = gaussian(random);
      } while (Math.abs(z) > 2);
      out[i] = z * stddev;
    }
  }

  /** A standard normal by the polar method (Marsaglia), from {@code random} alone. */
  private static double gaussian(SplittableRandom random) {
    double u;
    double v;
    double s;
    do {
      u = random.nextDouble(-1, 1);
      v = random.nextDouble(-1, 1);
      s = u * u + v * v;
    } while (s >= 1 || s == 0);
    return u * Math.sqrt(-2 * Math.log(s) / s);
  }
}
