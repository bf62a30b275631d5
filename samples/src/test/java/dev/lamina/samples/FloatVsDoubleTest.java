package dev.lamina.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.runtime.GradientTarget;
import dev.lamina.runtime.Model;
import dev.lamina.runtime.param.Parameter;
import dev.lamina.samples.check.Factory;
import dev.lamina.samples.check.Tensors;
import dev.lamina.samples.check.TestNetworks;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Every kernel as float training and inference run it (oneDNN's primitives) against the
 * double-precision result (libnd4j's ops) that passed the gradient checks, on the same parameters and
 * inputs: the inference output, the training output, the input gradient and every parameter gradient
 * agree to a relative error
 * {@code max|float - double| / max|double|} below 1e-3 (per tensor; see {@link #check} for gradients
 * that vanish in exact arithmetic).
 */
class FloatVsDoubleTest {
  private static final double TOLERANCE = 1e-3;

  /** Gradients below this fraction of the model's largest gradient are compared at that scale. */
  private static final double SCALE_FLOOR = 1e-3;

  static Stream<Named<Factory>> layers() {
    return TestNetworks.layers();
  }

  static Stream<Named<Factory>> whole() {
    return TestNetworks.whole().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("layers")
  void floatTrainingOfEveryLayerAgreesWithDoublePrecision(Factory factory) {
    compare(factory, true);
  }

  /** The tutorial's networks as initialized for training (random parameters would saturate the softmax). */
  @ParameterizedTest(name = "{0}")
  @MethodSource("whole")
  void floatTrainingOfTheTutorialNetworksAgreesWithDoublePrecision(Factory factory) {
    compare(factory, false);
  }

  private static void compare(Factory factory, boolean randomize) {
    Model reference = factory.create(3, DataType.DOUBLE);
    if (randomize) {
      Tensors.randomize(reference, 4);
    }
    Model fast = factory.create(3, DataType.FLOAT);
    fast.parameters().values().assign(reference.parameters().values());
    fast.parameters().state().assign(reference.parameters().state());
    INDArray input = Tensors.input(reference, 4, 5);
    INDArray weights = Tensors.uniform(6, -1, 1, DataType.DOUBLE, outputShape(reference, 4));

    Pass expected = run(reference, input, weights);
    Pass actual = run(fast, input.castTo(DataType.FLOAT), weights.castTo(DataType.FLOAT));

    double worst = 0;
    worst = Math.max(worst, check(reference, "inference output", fast.forward(input.castTo(DataType.FLOAT), false),
        reference.forward(input, false), 0));
    worst = Math.max(worst, check(reference, "output", actual.output(), expected.output(), 0));
    worst = Math.max(worst, check(reference, "input gradient", actual.inputGradient(), expected.inputGradient(), 0));
    List<Parameter> slow = reference.parameters().trainable();
    List<Parameter> quick = fast.parameters().trainable();
    assertEquals(slow.size(), quick.size());
    INDArray all = reference.parameters().gradients();
    double floor = all.isEmpty() ? 0 : SCALE_FLOOR * all.amaxNumber().doubleValue();
    for (int i = 0; i < slow.size(); i++) {
      worst = Math.max(worst, check(reference, slow.get(i).path() + " gradient", quick.get(i).gradient(),
          slow.get(i).gradient(), floor));
    }
    System.out.printf("float vs double %-40s max relative error %.2e%n", reference.name(), worst);
  }

  private record Pass(INDArray output, INDArray inputGradient) {}

  private static Pass run(Model model, INDArray input, INDArray weights) {
    model.seedDropout(9);
    INDArray output = model.forward(input, true).dup();
    INDArray inputGradient = model.backward(weights, GradientTarget.OUTPUT).dup();
    return new Pass(output, inputGradient);
  }

  private static long[] outputShape(Model model, int batch) {
    int[] one = model.outputShape();
    long[] shape = new long[one.length + 1];
    shape[0] = batch;
    for (int i = 0; i < one.length; i++) {
      shape[i + 1] = one[i];
    }
    return shape;
  }

  /**
   * {@code max|actual - expected| / max(max|expected|, floor)}: a gradient that is zero in exact
   * arithmetic (a bias followed by batch normalization) is compared at the model's gradient scale.
   */
  private static double check(Model model, String what, INDArray actual, INDArray expected, double floor) {
    double scale = Math.max(expected.amaxNumber().doubleValue(), floor);
    double error = actual.castTo(DataType.DOUBLE).sub(expected).amaxNumber().doubleValue() / scale;
    assertTrue(error < TOLERANCE, model.name() + " " + what + ": relative error " + error);
    return error;
  }
}
