package dev.lamina.runtime.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.dsl.ActivationFunction;
import dev.lamina.dsl.Padding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The configurations that native kernels get wrong or crash on run on a route that computes
 * TensorFlow's values (docs/native-safety.md). The crashes themselves are exercised in forked JVMs by
 * the bench module's fuzz tests; these check the values the routes compute, against the definition.
 */
class NativeRoutesTest {

  @Test
  void windowsShorterThanTheirStride() {
    assertTrue(Window2D.of(1, 1, 2, 2, Padding.VALID).shorterThanStride());
    assertTrue(Window2D.of(3, 1, 2, 2, Padding.SAME).shorterThanStride());
    assertFalse(Window2D.of(2, 2, 2, 2, Padding.SAME).shorterThanStride());
    assertFalse(Window2D.of(3, 3, 1, 1, Padding.SAME).shorterThanStride());
  }

  /**
   * A 1x1 window with strides 8 on a 5x5 input, SAME: TensorFlow pads nothing and reads (0, 0);
   * libnd4j's own padding would read (2, 2). Each of convolution, depthwise convolution and max
   * pooling returns x[0, 0], and the input gradient lands on (0, 0) only.
   */
  @ParameterizedTest
  @ValueSource(strings = {"FLOAT", "DOUBLE"})
  void strideBeyondTheInputReadsTheFirstPixel(String type) {
    DataType dt = DataType.valueOf(type);
    Window2D window = Window2D.of(1, 1, 8, 8, Padding.SAME);
    INDArray x = Nd4j.linspace(1, 25, 25, dt).reshape(1, 5, 5, 1);
    INDArray one = Nd4j.ones(dt, 1, 1, 1, 1);
    INDArray zero = Nd4j.zeros(dt, 1);

    Conv2DKernel conv = new Conv2DKernel(window, false, ActivationFunction.LINEAR);
    INDArray y = Nd4j.create(dt, 1, 1, 1, 1);
    conv.forward(x, one, zero, y, y, true);
    assertEquals(1.0, y.getDouble(0), 1e-6);
    INDArray gradX = Nd4j.create(dt, 1, 5, 5, 1).assign(7);
    conv.backward(x, one, zero, y, y, Nd4j.ones(dt, 1, 1, 1, 1), y.dup(), gradX, Nd4j.create(dt, 1, 1, 1, 1), zero.dup());
    assertEquals(1.0, gradX.getDouble(0, 0, 0, 0), 1e-6);
    assertEquals(1.0, gradX.sumNumber().doubleValue(), 1e-6);

    DepthwiseConv2DKernel depthwise = new DepthwiseConv2DKernel(window, false, ActivationFunction.LINEAR);
    INDArray yd = Nd4j.create(dt, 1, 1, 1, 1);
    depthwise.forward(x, one, zero, yd, yd, false);
    assertEquals(1.0, yd.getDouble(0), 1e-6);

    Pool2DKernel pool = new Pool2DKernel(PoolMode.MAX, window);
    INDArray yp = Nd4j.create(dt, 1, 1, 1, 1);
    pool.forward(x, yp, true);
    assertEquals(1.0, yp.getDouble(0), 1e-6);
    INDArray gradP = Nd4j.create(dt, 1, 5, 5, 1).assign(7);
    pool.backward(x, Nd4j.ones(dt, 1, 1, 1, 1), gradP);
    assertEquals(1.0, gradP.getDouble(0, 0, 0, 0), 1e-6);
    assertEquals(1.0, gradP.sumNumber().doubleValue(), 1e-6);
  }

  /**
   * A transposed convolution with a 1x1 kernel and strides 3 (run as the kernel zero-padded to 3x3):
   * each input pixel lands at {@code (3i, 3j)}, everything else is the bias; the kernel gradient is
   * the sum over pixels of input times output gradient.
   */
  @ParameterizedTest
  @EnumSource(value = Padding.class)
  void transposedKernelShorterThanItsStride(Padding padding) {
    for (DataType dt : new DataType[] {DataType.FLOAT, DataType.DOUBLE}) {
      Conv2DTransposeKernel t = new Conv2DTransposeKernel(Window2D.of(1, 1, 3, 3, padding), true,
          ActivationFunction.LINEAR);
      INDArray x = Nd4j.linspace(1, 8, 8, dt).reshape(2, 2, 2, 1);
      INDArray kernel = Nd4j.createFromArray(2.0).castTo(dt).reshape(1, 1, 1, 1);
      INDArray bias = Nd4j.createFromArray(0.5).castTo(dt);
      INDArray y = Nd4j.create(dt, 2, 6, 6, 1);
      t.forward(x, kernel, bias, y, y, true);
      for (int n = 0; n < 2; n++) {
        for (int i = 0; i < 6; i++) {
          for (int j = 0; j < 6; j++) {
            double expected = i % 3 == 0 && j % 3 == 0 ? 2 * x.getDouble(n, i / 3, j / 3, 0) + 0.5 : 0.5;
            assertEquals(expected, y.getDouble(n, i, j, 0), 1e-5, dt + " " + padding + " at " + n + "," + i + "," + j);
          }
        }
      }
      INDArray gradY = Nd4j.ones(dt, 2, 6, 6, 1);
      INDArray gradX = x.ulike();
      INDArray gradKernel = kernel.ulike();
      INDArray gradBias = bias.ulike();
      t.backward(x, kernel, bias, y, y, gradY, gradY.dup(), gradX, gradKernel, gradBias);
      assertEquals(36.0, gradKernel.getDouble(0), 1e-4);
      assertEquals(72.0, gradBias.getDouble(0), 1e-4);
      assertEquals(2.0 * 8, gradX.sumNumber().doubleValue(), 1e-4);
    }
  }

  /** A SAME max pool far larger than its input (oneDNN corrupts memory there) pools the whole input. */
  @Test
  void samePoolLargerThanItsInput() {
    INDArray x = Nd4j.linspace(DataType.FLOAT, 1, 24, 1).reshape(1, 12, 2, 1);
    Pool2DKernel pool = new Pool2DKernel(PoolMode.MAX, new Window2D(13, 13, 2, 1, 1, 1, Padding.SAME));
    INDArray y = Nd4j.create(DataType.FLOAT, 1, 6, 2, 1);
    pool.forward(x, y, true);
    // Height: 11 rows of padding (5 above, 6 below), so output row j sees input rows up to min(2j + 7, 11);
    // width: both columns. x[r, c] = 2r + c + 1, so y[j, *] = 2 min(2j + 7, 11) + 2.
    for (int j = 0; j < 6; j++) {
      for (int c = 0; c < 2; c++) {
        assertEquals(2.0 * Math.min(2 * j + 7, 11) + 2, y.getDouble(0, j, c, 0), 1e-6, "row " + j);
      }
    }
    INDArray gradX = x.ulike();
    pool.backward(x, Nd4j.ones(DataType.FLOAT, 1, 6, 2, 1), gradX);
    assertEquals(12.0, gradX.sumNumber().doubleValue(), 1e-6);
    assertEquals(24.0, y.maxNumber().doubleValue(), 1e-6);
  }

  /**
   * A height of 65536 takes convolutions off oneDNN (which divides by zero there); a {@code FLOAT}
   * transposed convolution, with or without a bias, then computes in {@code DOUBLE} copies.
   */
  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void transposedConvolutionOfHeight65536(boolean useBias) {
    DataType dt = DataType.FLOAT;
    Conv2DTransposeKernel t = new Conv2DTransposeKernel(Window2D.of(1, 1, 1, 1, Padding.SAME), useBias,
        ActivationFunction.LINEAR);
    INDArray x = Nd4j.linspace(dt, 0, 65536, 1).reshape(1, 65536, 1, 1).divi(65536);
    INDArray kernel = Nd4j.createFromArray(3f).reshape(1, 1, 1, 1);
    INDArray bias = useBias ? Nd4j.createFromArray(1f) : null;
    INDArray y = Nd4j.create(dt, 1, 65536, 1, 1);
    t.forward(x, kernel, bias, y, y, true);
    assertEquals(3 * x.getDouble(0, 40000, 0, 0) + (useBias ? 1 : 0), y.getDouble(0, 40000, 0, 0), 1e-5);
    INDArray gradX = x.ulike();
    INDArray gradKernel = kernel.ulike();
    INDArray gradBias = useBias ? bias.ulike() : null;
    t.backward(x, kernel, bias, y, y, Nd4j.ones(dt, 1, 65536, 1, 1), y.dup(), gradX, gradKernel, gradBias);
    assertEquals(3.0 * 65536, gradX.sumNumber().doubleValue(), 1e-2);
    assertEquals(65535 / 2.0, gradKernel.getDouble(0), 1e-2); // sum of i / 65536 for i < 65536
    if (useBias) {
      assertEquals(65536.0, gradBias.getDouble(0), 1e-2);
    }
  }
}
