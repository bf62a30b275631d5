package dev.lamina.samples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.runtime.Model;
import dev.lamina.samples.check.Factory;
import dev.lamina.samples.check.GradientChecker;
import dev.lamina.samples.check.Tensors;
import dev.lamina.samples.check.TestNetworks;
import dev.lamina.samples.nets.LaminaNormNets_SigmoidClassifier;
import dev.lamina.samples.nets.LaminaNormNets_SoftmaxClassifier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The generated backward pass of every layer configuration, of the tutorial's networks and of the
 * graph samples (FashionResNet, FashionUNet; both at reduced width) against central finite
 * differences in double precision: every parameter and input gradient of the small networks, a
 * seeded sample of the whole ones. Maximum relative error below 1e-5.
 */
class GradientCheckTest {
  private static final double TOLERANCE = 1e-5;
  private static final int ALL = Integer.MAX_VALUE;

  static Stream<Named<Factory>> layers() {
    return TestNetworks.layers();
  }

  static Stream<Named<Factory>> whole() {
    return Stream.concat(TestNetworks.whole().stream(), TestNetworks.graphSamples().stream());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("layers")
  void everyGradientOfEveryLayerConfigurationMatchesFiniteDifferences(Factory factory) {
    Model model = factory.create(11, DataType.DOUBLE);
    Tensors.randomize(model, 12);
    INDArray input = Tensors.input(model, 3, 13);
    GradientChecker.Result r = GradientChecker.weightedSum(model, input, 14).check(ALL, ALL, 15, TOLERANCE);
    report(model, r);
    assertTrue(r.passed(), model.name() + ": " + r);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("whole")
  void tutorialNetworksAtReducedWidthMatchFiniteDifferences(Factory factory) {
    Model model = factory.create(21, DataType.DOUBLE);
    INDArray input = Tensors.input(model, 2, 23);
    GradientChecker.Result r = GradientChecker.weightedSum(model, input, 24).check(400, 100, 25, TOLERANCE);
    report(model, r);
    assertTrue(r.passed(), model.name() + ": " + r);
  }

  @Test
  void softmaxWithCrossEntropyAtTheLogitsMatchesFiniteDifferences() {
    Model model = LaminaNormNets_SoftmaxClassifier.create(31, DataType.DOUBLE);
    Tensors.randomize(model, 32);
    INDArray input = Tensors.input(model, 4, 33);
    INDArray labels = Nd4j.createFromArray(new double[][] {{0, 1, 0, 0}, {1, 0, 0, 0}, {0, 0, 0, 1}, {0, 0, 1, 0}});
    GradientChecker.Result r = GradientChecker.crossEntropy(model, input, labels, false).check(ALL, ALL, 34, TOLERANCE);
    report(model, r);
    assertTrue(r.passed(), r.toString());
  }

  @Test
  void sigmoidWithBinaryCrossEntropyAtTheLogitsMatchesFiniteDifferences() {
    Model model = LaminaNormNets_SigmoidClassifier.create(41, DataType.DOUBLE);
    Tensors.randomize(model, 42);
    INDArray input = Tensors.input(model, 3, 43);
    INDArray labels = Nd4j.createFromArray(new double[][] {{0, 1, 1}, {1, 0, 0}, {1, 1, 0}});
    GradientChecker.Result r = GradientChecker.crossEntropy(model, input, labels, true).check(ALL, ALL, 44, TOLERANCE);
    report(model, r);
    assertTrue(r.passed(), r.toString());
  }

  private static void report(Model model, GradientChecker.Result r) {
    System.out.printf("gradient check %-40s %s%n", model.name(), r);
  }
}
