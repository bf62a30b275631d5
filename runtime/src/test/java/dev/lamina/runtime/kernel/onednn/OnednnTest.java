package dev.lamina.runtime.kernel.onednn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.dsl.ActivationFunction;
import dev.lamina.dsl.Padding;
import dev.lamina.runtime.kernel.Window2D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/** The oneDNN path loads where Lamina ships it, and binds Lamina's arrays (views included) in place. */
class OnednnTest {

  @Test
  @EnabledOnOs(OS.LINUX)
  void isAvailableOnLinuxX86() {
    if (System.getProperty("os.arch").equals("amd64")) {
      assertTrue(Onednn.available(), "oneDNN must load on linux-x86_64, or every FLOAT kernel runs on libnd4j");
    }
  }

  @Test
  void handlesFloatArraysOnly() {
    assertEquals(Onednn.available(), Onednn.handles(Nd4j.create(DataType.FLOAT, 2)));
    assertFalse(Onednn.handles(Nd4j.create(DataType.DOUBLE, 2)));
  }

  /**
   * A dense layer whose kernel is a view into the middle of a flat buffer (as every parameter is)
   * computes {@code relu(x · W + b)}: the binding honours the view's offset.
   */
  @Test
  void denseLayerReadsParameterViewsAtTheirOffset() {
    INDArray flat = Nd4j.create(DataType.FLOAT, 100).assign(99);
    INDArray kernel = flat.get(NDArrayIndex.interval(10, 16)).reshape('c', 3, 2);
    kernel.assign(Nd4j.createFromArray(new float[][] {{1, -1}, {2, 0}, {0, 3}}));
    INDArray bias = flat.get(NDArrayIndex.interval(20, 22));
    bias.assign(Nd4j.createFromArray(0.5f, -10f));
    INDArray x = Nd4j.createFromArray(new float[][] {{1, 1, 1}, {0, 2, -1}});
    INDArray y = Nd4j.create(DataType.FLOAT, 2, 2);
    new FusedLayer(FusedLayer.Kind.DENSE, null, true, ActivationFunction.RELU, false, false)
        .forward(x, kernel, bias, y, y, false);
    assertArrayEquals(new float[] {3.5f, 0f, 4.5f, 0f}, y.data().asFloat(), 1e-6f);
  }

  /**
   * A dense layer's input gradient is {@code gradY · W^T} with the weights of the step's own forward pass:
   * the backward pass reads the forward pass's reordered copy of the weights (the same layout), which must
   * follow the weights when they change between steps.
   */
  @Test
  void denseInputGradientUsesTheCurrentStepsWeights() {
    Nd4j.getRandom().setSeed(17);
    INDArray x = Nd4j.randn(DataType.FLOAT, 8, 96);
    INDArray kernel = Nd4j.randn(DataType.FLOAT, 96, 48);
    INDArray bias = Nd4j.zeros(DataType.FLOAT, 48);
    INDArray gradY = Nd4j.randn(DataType.FLOAT, 8, 48);
    FusedLayer layer = new FusedLayer(FusedLayer.Kind.DENSE, null, true, ActivationFunction.LINEAR, false, false);
    INDArray y = Nd4j.create(DataType.FLOAT, 8, 48);
    INDArray gradX = Nd4j.create(DataType.FLOAT, 8, 96);
    INDArray gradKernel = Nd4j.create(DataType.FLOAT, 96, 48);
    INDArray gradBias = Nd4j.create(DataType.FLOAT, 48);
    for (int step = 0; step < 2; step++) {
      layer.forward(x, kernel, bias, y, y, true);
      layer.backward(x, kernel, y, y, gradY, gradY, gradX, gradKernel, gradBias);
      INDArray expected = gradY.mmul(kernel.transpose());
      assertTrue(expected.sub(gradX).norm2Number().doubleValue() < 1e-5 * expected.norm2Number().doubleValue(),
          "step " + step + ": input gradient is not gradY . W^T of this step's weights");
      assertTrue(x.transpose().mmul(gradY).equalsWithEps(gradKernel, 1e-3), "step " + step + ": kernel gradient");
      kernel.muli(-2).addi(0.5);   // the update of a step
    }
  }

  /** SAME padding is TensorFlow's: for an even kernel the extra row and column go at the bottom and right. */
  @Test
  void samePaddingPutsTheSmallerHalfOnTopAndLeft() {
    INDArray x = Nd4j.arange(1, 10).castTo(DataType.FLOAT).reshape(1, 3, 3, 1);
    INDArray kernel = Nd4j.ones(DataType.FLOAT, 2, 2, 1, 1);
    INDArray y = Nd4j.create(DataType.FLOAT, 1, 3, 3, 1);
    new FusedLayer(FusedLayer.Kind.CONVOLUTION, Window2D.of(2, 2, 1, 1, Padding.SAME), false,
        ActivationFunction.LINEAR, false, false).forward(x, kernel, null, y, y, false);
    // 1 2 3 / 4 5 6 / 7 8 9 with a 2x2 box sum, padding one row below and one column right
    assertArrayEquals(new float[] {12, 16, 9, 24, 28, 15, 15, 17, 9}, y.data().asFloat(), 1e-6f);
  }

  /** The SGD update {@code w += -lr * g} in place, rebuilt when the learning rate changes. */
  @Test
  void axpyUpdatesInPlaceWithTheCurrentFactor() {
    INDArray w = Nd4j.createFromArray(1f, 2f, 3f);
    INDArray g = Nd4j.createFromArray(10f, -20f, 30f);
    Axpy axpy = new Axpy();
    axpy.apply(-0.1, g, w);
    assertArrayEquals(new float[] {0f, 4f, 0f}, w.data().asFloat(), 1e-6f);
    axpy.apply(0.5, g, w);
    assertArrayEquals(new float[] {5f, -6f, 15f}, w.data().asFloat(), 1e-6f);
    assertArrayEquals(new float[] {10f, -20f, 30f}, g.data().asFloat(), 0f, "x is left as it was");
  }
}
