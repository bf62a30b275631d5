package dev.lamina.runtime.kernel;

import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Supplier;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Central finite differences against a kernel's backward pass, in double precision, on every input
 * value. The scalar loss is {@code sum(y * w)} for fixed random {@code w}, so {@code gradY = w}.
 *
 * <p>A value passes when its relative error {@code |a - n| / max(|a|, |n|)} is below the tolerance or
 * its absolute error is below {@link #ABSOLUTE_FLOOR} (the samples' {@code GradientChecker} criterion:
 * central differences carry a round-off of about {@code 1e-16 * |loss| / step}). The reported maximum
 * relative error is over values whose gradient is at least {@link #RELATIVE_MAGNITUDE}.
 */
final class KernelGradientCheck {
  static final double STEP = 1e-6;
  static final double ABSOLUTE_FLOOR = 1e-8;
  static final double RELATIVE_MAGNITUDE = 1e-4;

  /** What a check found. */
  record Result(double maxRelativeError, int failures, int checked, double largestGradient, String worst) {
    boolean passed(double tolerance) {
      return failures == 0 && largestGradient > 0 && maxRelativeError < tolerance;
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "max relative error %.2e, %d of %d values failed, largest gradient %.3f; worst %s",
          maxRelativeError, failures, checked, largestGradient, worst);
    }
  }

  private KernelGradientCheck() {}

  /** Seeded uniform values in {@code [lo, hi)}, DOUBLE. */
  static INDArray uniform(long seed, double lo, double hi, long... shape) {
    SplittableRandom random = new SplittableRandom(seed);
    INDArray a = Nd4j.create(DataType.DOUBLE, shape);
    for (long i = 0; i < a.length(); i++) {
      a.putScalar(i, lo + (hi - lo) * random.nextDouble());
    }
    return a;
  }

  /**
   * @param inputs the kernel's inputs, DOUBLE, perturbed in place one value at a time
   * @param forward runs the forward pass on {@code inputs} and returns the output
   * @param backward from the output gradient, the input gradients (one per input, in order)
   * @param seed for {@code w}
   * @param tolerance the largest relative error that passes
   */
  static Result check(INDArray[] inputs, Supplier<INDArray> forward, Function<INDArray, INDArray[]> backward,
      long seed, double tolerance) {
    INDArray y = forward.get();
    INDArray w = uniform(seed, -1, 1, y.shape());
    INDArray[] analytic = backward.apply(w);
    INDArray[] copies = new INDArray[analytic.length];
    for (int i = 0; i < analytic.length; i++) {
      copies[i] = analytic[i].dup();
    }
    double maxRelative = 0;
    double largest = 0;
    int failures = 0;
    int checked = 0;
    String worst = "nothing";
    for (int k = 0; k < inputs.length; k++) {
      INDArray x = inputs[k];
      for (long i = 0; i < x.length(); i++) {
        double original = x.getDouble(i);
        x.putScalar(i, original + STEP);
        double plus = forward.get().mul(w).sumNumber().doubleValue();
        x.putScalar(i, original - STEP);
        double minus = forward.get().mul(w).sumNumber().doubleValue();
        x.putScalar(i, original);
        double numeric = (plus - minus) / (2 * STEP);
        double a = copies[k].getDouble(i);
        double absolute = Math.abs(a - numeric);
        double magnitude = Math.max(Math.abs(a), Math.abs(numeric));
        double relative = magnitude == 0 ? 0 : absolute / magnitude;
        largest = Math.max(largest, Math.abs(numeric));
        checked++;
        if (relative >= tolerance && absolute >= ABSOLUTE_FLOOR) {
          failures++;
        }
        if (magnitude >= RELATIVE_MAGNITUDE && relative > maxRelative) {
          maxRelative = relative;
          worst = "input " + k + "[" + i + "]: analytic " + a + ", numeric " + numeric;
        }
      }
    }
    return new Result(maxRelative, failures, checked, largest, worst);
  }
}
