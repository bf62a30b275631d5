package dev.lamina.runtime.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.dsl.ActivationFunction;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * {@link FanOutGradient}: one tensor read by two consumers (a residual block's shortcut and its main
 * branch), its gradient the sum of both, against central differences.
 */
class FanOutGradientTest {
  private static final double TOLERANCE = 1e-5;

  /** {@code s = tanh(x)} is read twice: {@code y = sigmoid(s * t + s)}, through the kernels. */
  @Test
  void aSharedOutputGetsTheSumOfItsConsumersGradients() {
    INDArray x = KernelGradientCheck.uniform(1, -1, 1, 2, 3, 3, 4);
    INDArray t = KernelGradientCheck.uniform(2, -1, 1, 2, 3, 3, 4);
    ActivationKernel tanh = new ActivationKernel(ActivationFunction.TANH);
    MergeKernel multiply = new MergeKernel(MergeMode.MULTIPLY, 2, ActivationFunction.LINEAR);
    MergeKernel add = new MergeKernel(MergeMode.ADD, 2, ActivationFunction.SIGMOID);
    FanOutGradient fanOut = new FanOutGradient();
    INDArray s = x.ulike();
    INDArray m = x.ulike();
    INDArray z = x.ulike();
    INDArray y = x.ulike();
    INDArray gradZ = x.ulike();
    INDArray gradM = x.ulike();
    INDArray gradSFromAdd = x.ulike();
    INDArray gradSFromMultiply = x.ulike();
    INDArray gradS = x.ulike();
    INDArray gradX = x.ulike();
    KernelGradientCheck.Result r = KernelGradientCheck.check(new INDArray[] {x, t}, () -> {
      tanh.forward(x, s);                                  // s is read by multiply and add
      multiply.forward(new INDArray[] {s, t}, m, m);
      add.forward(new INDArray[] {m, s}, z, y);
      return y;
    }, gradY -> {
      INDArray gradT = t.ulike();
      add.backward(new INDArray[] {m, s}, z, gradY, gradZ, new INDArray[] {gradM, gradSFromAdd});
      multiply.backward(new INDArray[] {s, t}, m, gradM, gradM, new INDArray[] {gradSFromMultiply, gradT});
      fanOut.accumulate(gradSFromAdd, gradS, true);
      fanOut.accumulate(gradSFromMultiply, gradS, false);
      tanh.backward(x, gradS, gradX);
      return new INDArray[] {gradX, gradT};
    }, 3, TOLERANCE);
    System.out.printf("Fan-out (tanh output read by Multiply and Add): %s%n", r);
    assertTrue(r.passed(TOLERANCE), r.toString());
  }

  @Test
  void theFirstContributionOverwritesAndLaterOnesAdd() {
    FanOutGradient fanOut = new FanOutGradient();
    INDArray sum = Nd4j.valueArrayOf(new long[] {2, 2}, 100.0, DataType.FLOAT);
    INDArray a = Nd4j.createFromArray(new float[][] {{1, 2}, {3, 4}});
    INDArray b = Nd4j.createFromArray(new float[][] {{10, 20}, {30, 40}});
    fanOut.sum(new INDArray[] {a, b, a}, sum);
    assertEquals(Nd4j.createFromArray(new float[][] {{12, 24}, {36, 48}}), sum);
    fanOut.accumulate(sum, sum, true);
    assertEquals(Nd4j.createFromArray(new float[][] {{12, 24}, {36, 48}}), sum, "the sum as first contribution stays");
    assertThrows(IllegalArgumentException.class, () -> fanOut.sum(new INDArray[0], sum));
  }

  @Test
  void accumulatingAllocatesNothingOnceWarm() {
    FanOutGradient fanOut = new FanOutGradient();
    INDArray sum = Nd4j.create(DataType.FLOAT, 4, 8, 8, 3);
    INDArray a = sum.ulike();
    INDArray b = sum.ulike();
    Runnable step = () -> fanOut.sum(new INDArray[] {a, b}, sum);
    step.run();
    assertEquals(0, Allocations.count(step));
  }
}
