package dev.lamina.runtime.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.dsl.ActivationFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/** {@link MergeKernel}: gradients against finite differences, values by hand, FLOAT against DOUBLE. */
class MergeKernelTest {
  private static final double TOLERANCE = 1e-5;
  private static final long[] SHAPE = {2, 3, 4, 5};

  static Stream<Arguments> modes() {
    return Stream.of(
        Arguments.of(MergeMode.ADD, 2, ActivationFunction.LINEAR),
        Arguments.of(MergeMode.ADD, 3, ActivationFunction.TANH),
        Arguments.of(MergeMode.SUBTRACT, 2, ActivationFunction.LINEAR),
        Arguments.of(MergeMode.SUBTRACT, 2, ActivationFunction.SIGMOID),
        Arguments.of(MergeMode.MULTIPLY, 2, ActivationFunction.LINEAR),
        Arguments.of(MergeMode.MULTIPLY, 3, ActivationFunction.TANH),
        Arguments.of(MergeMode.AVERAGE, 2, ActivationFunction.LINEAR),
        Arguments.of(MergeMode.AVERAGE, 3, ActivationFunction.SOFTPLUS),
        Arguments.of(MergeMode.MAXIMUM, 2, ActivationFunction.LINEAR),
        Arguments.of(MergeMode.MAXIMUM, 3, ActivationFunction.TANH));
  }

  /** The kernel with its buffers, as generated code would hold them. */
  private static final class Harness {
    final MergeKernel kernel;
    final INDArray[] x;
    final INDArray z;
    final INDArray y;
    final INDArray gradZ;
    final INDArray[] gradX;

    Harness(MergeMode mode, int n, ActivationFunction f, INDArray[] x) {
      this.kernel = new MergeKernel(mode, n, f);
      this.x = x;
      DataType t = x[0].dataType();
      boolean linear = f == ActivationFunction.LINEAR;
      this.y = Nd4j.create(t, x[0].shape());
      this.z = linear ? y : Nd4j.create(t, x[0].shape());
      this.gradZ = Nd4j.create(t, x[0].shape());
      this.gradX = new INDArray[n];
      for (int i = 0; i < n; i++) {
        gradX[i] = Nd4j.create(t, x[0].shape());
      }
    }

    INDArray forward() {
      kernel.forward(x, z, y);
      return y;
    }

    INDArray[] backward(INDArray gradY) {
      kernel.backward(x, z, gradY, gradZ, gradX);
      return gradX;
    }
  }

  private static INDArray[] inputs(int n, long seed) {
    INDArray[] x = new INDArray[n];
    for (int i = 0; i < n; i++) {
      x[i] = KernelGradientCheck.uniform(seed + i, -1.5, 1.5, SHAPE);
    }
    return x;
  }

  @ParameterizedTest(name = "{0} of {1}, {2}")
  @MethodSource("modes")
  void gradientsMatchCentralDifferences(MergeMode mode, int n, ActivationFunction f) {
    Harness h = new Harness(mode, n, f, inputs(n, 100));
    KernelGradientCheck.Result r = KernelGradientCheck.check(h.x, h::forward, h::backward, 7, TOLERANCE);
    System.out.printf("Merge %s of %d, %s: %s%n", mode, n, f, r);
    assertTrue(r.passed(TOLERANCE), r.toString());
  }

  @ParameterizedTest(name = "{0} of {1}, {2}")
  @MethodSource("modes")
  void floatFollowsDouble(MergeMode mode, int n, ActivationFunction f) {
    INDArray[] x = inputs(n, 200);
    INDArray[] xf = new INDArray[n];
    for (int i = 0; i < n; i++) {
      xf[i] = x[i].castTo(DataType.FLOAT);
    }
    Harness d = new Harness(mode, n, f, x);
    Harness s = new Harness(mode, n, f, xf);
    INDArray gradY = KernelGradientCheck.uniform(9, -1, 1, SHAPE);
    assertClose(d.forward(), s.forward());
    INDArray[] gd = d.backward(gradY);
    INDArray[] gs = s.backward(gradY.castTo(DataType.FLOAT));
    for (int i = 0; i < n; i++) {
      assertClose(gd[i], gs[i]);
    }
  }

  private static void assertClose(INDArray expected, INDArray actual) {
    double difference = expected.sub(actual.castTo(DataType.DOUBLE)).amaxNumber().doubleValue();
    assertTrue(difference < 1e-5, "FLOAT differs from DOUBLE by " + difference);
  }

  @Test
  void valuesByHand() {
    INDArray a = Nd4j.createFromArray(new double[][] {{1, -2, 3}});
    INDArray b = Nd4j.createFromArray(new double[][] {{4, 5, -6}});
    INDArray c = Nd4j.createFromArray(new double[][] {{0.5, 5, 3}});
    assertArrayEquals(new double[] {5.5, 8, 0}, run(MergeMode.ADD, ActivationFunction.LINEAR, a, b, c), 0);
    assertArrayEquals(new double[] {-3, -7, 9}, run(MergeMode.SUBTRACT, ActivationFunction.LINEAR, a, b), 0);
    assertArrayEquals(new double[] {2, -50, -54}, run(MergeMode.MULTIPLY, ActivationFunction.LINEAR, a, b, c), 0);
    assertArrayEquals(new double[] {5.5 / 3, 8 / 3.0, 0}, run(MergeMode.AVERAGE, ActivationFunction.LINEAR, a, b, c), 1e-15);
    assertArrayEquals(new double[] {4, 5, 3}, run(MergeMode.MAXIMUM, ActivationFunction.LINEAR, a, b, c), 0);
    assertArrayEquals(new double[] {5.5, 8, 0}, run(MergeMode.ADD, ActivationFunction.RELU, a, b, c), 0);
    assertArrayEquals(new double[] {0, 0, 9}, run(MergeMode.SUBTRACT, ActivationFunction.RELU, a, b), 0);
  }

  private static double[] run(MergeMode mode, ActivationFunction f, INDArray... x) {
    Harness h = new Harness(mode, x.length, f, x);
    return h.forward().toDoubleVector();
  }

  @Test
  void maximumSendsTheGradientToTheFirstMaximalInputAsTensorFlowDoes() {
    INDArray a = Nd4j.createFromArray(new double[][] {{1, 5, 2, 7}});
    INDArray b = Nd4j.createFromArray(new double[][] {{3, 5, 2, 1}});
    INDArray c = Nd4j.createFromArray(new double[][] {{3, 0, 2, 7}});
    Harness h = new Harness(MergeMode.MAXIMUM, 3, ActivationFunction.LINEAR, new INDArray[] {a, b, c});
    h.forward();
    INDArray[] g = h.backward(Nd4j.createFromArray(new double[][] {{10, 20, 30, 40}}));
    assertArrayEquals(new double[] {0, 20, 30, 40}, g[0].toDoubleVector(), 0);
    assertArrayEquals(new double[] {10, 0, 0, 0}, g[1].toDoubleVector(), 0);
    assertArrayEquals(new double[] {0, 0, 0, 0}, g[2].toDoubleVector(), 0);
  }

  @Test
  void inputsAndGradientsMayBeViewsAndNullGradientsAreSkipped() {
    INDArray whole = KernelGradientCheck.uniform(3, -1, 1, 2, 3, 4, 8);
    INDArray left = whole.get(NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.interval(0, 4));
    INDArray right = whole.get(NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.interval(4, 8));
    for (MergeMode mode : MergeMode.values()) {
      Harness h = new Harness(mode, 2, ActivationFunction.LINEAR, new INDArray[] {left, right});
      Harness dense = new Harness(mode, 2, ActivationFunction.LINEAR, new INDArray[] {left.dup(), right.dup()});
      assertEquals(dense.forward(), h.forward(), mode.toString());
      INDArray gradY = KernelGradientCheck.uniform(4, -1, 1, 2, 3, 4, 4);
      INDArray gradWhole = Nd4j.create(DataType.DOUBLE, 2, 3, 4, 8);
      INDArray gradRight = gradWhole.get(NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.all(),
          NDArrayIndex.interval(4, 8));
      h.kernel.backward(h.x, h.z, gradY, h.gradZ, new INDArray[] {null, gradRight});
      assertEquals(dense.backward(gradY)[1], gradRight, mode.toString());
      assertEquals(0, gradWhole.get(NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.all(),
          NDArrayIndex.interval(0, 4)).amaxNumber().doubleValue(), 0, "the skipped gradient is left alone");
    }
  }

  @ParameterizedTest(name = "{0} of {1}, {2}")
  @MethodSource("modes")
  void forwardAndBackwardAllocateNothingOnceWarm(MergeMode mode, int n, ActivationFunction f) {
    INDArray[] x = inputs(n, 300);
    for (int i = 0; i < n; i++) {
      x[i] = x[i].castTo(DataType.FLOAT);
    }
    Harness h = new Harness(mode, n, f, x);
    INDArray gradY = KernelGradientCheck.uniform(10, -1, 1, SHAPE).castTo(DataType.FLOAT);
    Runnable step = () -> {
      h.forward();
      h.backward(gradY);
    };
    step.run();
    assertEquals(0, Allocations.count(step), "ND4J buffers created by a warm forward and backward pass");
  }

  @Test
  void rejectsWrongCountsAndShapes() {
    assertThrows(IllegalArgumentException.class, () -> new MergeKernel(MergeMode.ADD, 1, ActivationFunction.LINEAR));
    assertThrows(IllegalArgumentException.class, () -> new MergeKernel(MergeMode.SUBTRACT, 3, ActivationFunction.LINEAR));
    MergeKernel k = new MergeKernel(MergeMode.ADD, 2, ActivationFunction.LINEAR);
    INDArray y = Nd4j.create(DataType.DOUBLE, 2, 3);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> k.forward(new INDArray[] {y, Nd4j.create(DataType.DOUBLE, 2, 4)}, y, y));
    assertEquals("Add input 1 is [2, 4], expected [2, 3] like the others", e.getMessage());
  }
}
