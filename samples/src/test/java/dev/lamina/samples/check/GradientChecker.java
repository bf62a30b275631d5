package dev.lamina.samples.check;

import dev.lamina.runtime.GradientTarget;
import dev.lamina.runtime.Model;
import dev.lamina.runtime.param.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Central finite differences against a model's backward pass, in double precision, on the training
 * forward pass (batch statistics, a fixed dropout mask: dropout is re-seeded before every forward).
 *
 * <p>The scalar loss is {@code sum(output * w)} with fixed random weights {@code w} (any gradient at
 * the output is then exercised), or a cross-entropy for {@link GradientTarget#LOGITS}.
 *
 * <p>A value passes when its relative error {@code |a - n| / max(|a|, |n|)} is below the tolerance or
 * its absolute error {@code |a - n|} is below {@link #ABSOLUTE_FLOOR} (DL4J's {@code GradientCheckUtil}
 * criterion: near-zero gradients, such as a bias followed by batch normalization, have no meaningful
 * relative error, and central differences carry a round-off of about {@code 1e-16 * |loss| / step}).
 * The reported relative error is the largest over values with {@code max(|a|, |n|) >= 1e-4}, where
 * round-off is negligible.
 */
public final class GradientChecker {
  /** The finite-difference step. */
  public static final double STEP = 1e-6;
  /** Differences below this count as agreement (DL4J's {@code minAbsoluteError}). */
  public static final double ABSOLUTE_FLOOR = 1e-8;
  /** Gradients at least this large enter the reported relative error. */
  public static final double RELATIVE_MAGNITUDE = 1e-4;
  private static final long DROPOUT_SEED = 77;

  /**
   * What a check found.
   *
   * @param maxRelativeError the largest relative error over values with a gradient of at least
   *     {@link #RELATIVE_MAGNITUDE}
   * @param maxAbsoluteError the largest absolute error over all values
   * @param failures values whose relative error reaches {@code tolerance} and absolute error reaches
   *     {@link #ABSOLUTE_FLOOR}
   * @param checked how many values were compared
   * @param largestGradient the largest magnitude of a numeric gradient (zero would mean the check saw nothing)
   * @param worst the value with the largest relative error
   */
  public record Result(double maxRelativeError, double maxAbsoluteError, int failures, int checked,
      double largestGradient, String worst) {

    /** Whether every value passed and the gradients were not all zero. */
    public boolean passed() {
      return failures == 0 && largestGradient > 0;
    }

    @Override
    public String toString() {
      return String.format(java.util.Locale.ROOT,
          "max relative error %.2e, max absolute error %.2e, %d of %d values failed; worst %s",
          maxRelativeError, maxAbsoluteError, failures, checked, worst);
    }
  }

  private final Model model;
  private final INDArray input;
  private final ToDoubleFunction<INDArray> loss;
  private final INDArray outputGradient;
  private final GradientTarget target;

  private GradientChecker(Model model, INDArray input, ToDoubleFunction<INDArray> loss, INDArray outputGradient,
      GradientTarget target) {
    if (model.dataType() != DataType.DOUBLE) {
      throw new IllegalArgumentException("gradient checks run in DOUBLE, got " + model.dataType());
    }
    this.model = model;
    this.input = input;
    this.loss = loss;
    this.outputGradient = outputGradient;
    this.target = target;
  }

  /** The loss {@code sum(output * w)} for seeded random {@code w}; its output gradient is {@code w}. */
  public static GradientChecker weightedSum(Model model, INDArray input, long seed) {
    model.seedDropout(DROPOUT_SEED);
    long[] shape = model.forward(input, true).shape();
    INDArray w = Tensors.uniform(seed, -1, 1, DataType.DOUBLE, shape);
    return new GradientChecker(model, input, out -> out.mul(w).sumNumber().doubleValue(), w, GradientTarget.OUTPUT);
  }

  /**
   * A cross-entropy on the output probabilities, with its fused gradient {@code p - y} passed at the
   * logits: softmax's categorical cross-entropy {@code -sum(y log p)} or, when {@code binary},
   * sigmoid's {@code -sum(y log p + (1 - y) log(1 - p))}.
   */
  public static GradientChecker crossEntropy(Model model, INDArray input, INDArray labels, boolean binary) {
    model.seedDropout(DROPOUT_SEED);
    INDArray p = model.forward(input, true).dup();
    INDArray gradient = p.sub(labels);
    ToDoubleFunction<INDArray> ce = out -> {
      double sum = 0;
      for (long i = 0; i < out.length(); i++) {
        double q = out.getDouble(i);
        double y = labels.getDouble(i);
        sum -= binary ? y * Math.log(q) + (1 - y) * Math.log(1 - q) : y * Math.log(q);
      }
      return sum;
    };
    return new GradientChecker(model, input, ce, gradient, GradientTarget.LOGITS);
  }

  /**
   * Compares up to {@code parameterSamples} trainable values and {@code inputSamples} input values
   * (all of them when there are fewer), picked with {@code seed}.
   *
   * @param tolerance the largest relative error that passes
   */
  public Result check(int parameterSamples, int inputSamples, long seed, double tolerance) {
    model.seedDropout(DROPOUT_SEED);
    model.forward(input, true);
    INDArray inputGradient = model.backward(outputGradient, target).dup();
    INDArray gradients = model.parameters().gradients().dup();
    INDArray values = model.parameters().values();
    SplittableRandom random = new SplittableRandom(seed);
    Tally tally = new Tally(tolerance);
    for (long i : pick(values.length(), parameterSamples, random)) {
      tally.add(parameterAt(i), gradients.getDouble(i), numericGradient(values, i, null));
    }
    INDArray x = input.dup();
    for (long i : pick(x.length(), inputSamples, random)) {
      tally.add("input[" + i + "]", inputGradient.getDouble(i), numericGradient(x, i, x));
    }
    return tally.result();
  }

  /** The running maxima of one check. */
  private static final class Tally {
    private final double tolerance;
    private double maxRelative;
    private double maxAbsolute;
    private double largest;
    private int failures;
    private int checked;
    private String worst = "nothing";

    Tally(double tolerance) {
      this.tolerance = tolerance;
    }

    void add(String where, double analytic, double numeric) {
      checked++;
      double absolute = Math.abs(analytic - numeric);
      double magnitude = Math.max(Math.abs(analytic), Math.abs(numeric));
      double relative = magnitude == 0 ? 0 : absolute / magnitude;
      largest = Math.max(largest, Math.abs(numeric));
      maxAbsolute = Math.max(maxAbsolute, absolute);
      if (relative >= tolerance && absolute >= ABSOLUTE_FLOOR) {
        failures++;
      }
      if (magnitude >= RELATIVE_MAGNITUDE && relative > maxRelative) {
        maxRelative = relative;
        worst = where + ": analytic " + analytic + ", numeric " + numeric;
      }
    }

    Result result() {
      return new Result(maxRelative, maxAbsolute, failures, checked, largest, worst);
    }
  }

  private double numericGradient(INDArray array, long i, INDArray batch) {
    double original = array.getDouble(i);
    array.putScalar(i, original + STEP);
    double plus = lossAt(batch);
    array.putScalar(i, original - STEP);
    double minus = lossAt(batch);
    array.putScalar(i, original);
    return (plus - minus) / (2 * STEP);
  }

  private double lossAt(INDArray batch) {
    model.seedDropout(DROPOUT_SEED);
    return loss.applyAsDouble(model.forward(batch == null ? input : batch, true));
  }

  private String parameterAt(long flatIndex) {
    long offset = 0;
    for (Parameter p : model.parameters().trainable()) {
      if (flatIndex < offset + p.size()) {
        return p.path() + "[" + (flatIndex - offset) + "]";
      }
      offset += p.size();
    }
    return "values[" + flatIndex + "]";
  }

  private static List<Long> pick(long count, int samples, SplittableRandom random) {
    List<Long> out = new ArrayList<>();
    if (count <= samples) {
      for (long i = 0; i < count; i++) {
        out.add(i);
      }
      return out;
    }
    java.util.Set<Long> chosen = new java.util.TreeSet<>();
    while (chosen.size() < samples) {
      chosen.add(random.nextLong(count));
    }
    out.addAll(chosen);
    return out;
  }
}
