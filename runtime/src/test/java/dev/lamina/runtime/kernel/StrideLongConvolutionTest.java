package dev.lamina.runtime.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.dsl.ActivationFunction;
import dev.lamina.dsl.Padding;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Convolutions whose kernel is shorter than their stride run on oneDNN in {@code FLOAT} with the kernel
 * zero-padded to the stride and the bottom/right padding grown to match ({@link StrideLongKernel});
 * {@code DOUBLE} runs the declared kernel on libnd4j. Both routes give the same output, input gradient,
 * kernel gradient and bias gradient, for odd and even input sizes, SAME and VALID.
 */
class StrideLongConvolutionTest {

  static Stream<Arguments> windows() {
    Stream.Builder<Arguments> b = Stream.builder();
    for (Padding p : Padding.values()) {
      for (int size : new int[] {7, 8}) {
        b.add(Arguments.of(Window2D.of(1, 1, 2, 2, p), size, size));
        b.add(Arguments.of(Window2D.of(1, 2, 3, 3, p), size, size + 3));
        b.add(Arguments.of(Window2D.of(3, 1, 2, 2, p), size, size));
      }
    }
    return b.build();
  }

  @ParameterizedTest
  @MethodSource("windows")
  void convolutionMatchesLibnd4j(Window2D window, int h, int w) {
    int c = 3;
    int f = 4;
    INDArray x = Nd4j.rand(DataType.DOUBLE, 2, h, w, c).subi(0.5);
    INDArray kernel = Nd4j.rand(DataType.DOUBLE, window.height(), window.width(), c, f).subi(0.5);
    INDArray bias = Nd4j.rand(DataType.DOUBLE, f);
    compare(window, x, kernel, bias, f, false);
  }

  @ParameterizedTest
  @MethodSource("windows")
  void depthwiseMatchesLibnd4j(Window2D window, int h, int w) {
    int c = 3;
    int m = 2;
    INDArray x = Nd4j.rand(DataType.DOUBLE, 2, h, w, c).subi(0.5);
    INDArray kernel = Nd4j.rand(DataType.DOUBLE, window.height(), window.width(), c, m).subi(0.5);
    INDArray bias = Nd4j.rand(DataType.DOUBLE, c * m);
    compare(window, x, kernel, bias, c * m, true);
  }

  private static void compare(Window2D window, INDArray x, INDArray kernel, INDArray bias, int outChannels,
      boolean depthwise) {
    long oh = outputLength(window.padding(), x.size(1), window.height(), window.strideHeight());
    long ow = outputLength(window.padding(), x.size(2), window.width(), window.strideWidth());
    INDArray[] d = run(window, x, kernel, bias, oh, ow, outChannels, depthwise);
    INDArray[] f = run(window, x.castTo(DataType.FLOAT), kernel.castTo(DataType.FLOAT),
        bias.castTo(DataType.FLOAT), oh, ow, outChannels, depthwise);
    String[] names = {"output", "input gradient", "kernel gradient", "bias gradient"};
    for (int i = 0; i < d.length; i++) {
      assertArrayEquals(d[i].shape(), f[i].shape(), names[i]);
      double[] expected = d[i].data().asDouble();
      double[] actual = f[i].castTo(DataType.DOUBLE).data().asDouble();
      assertArrayEquals(expected, actual, 1e-4, window + " " + names[i]);
    }
  }

  /** Output, input gradient, kernel gradient, bias gradient for {@code gradY} = a fixed ramp. */
  private static INDArray[] run(Window2D window, INDArray x, INDArray kernel, INDArray bias, long oh, long ow,
      int outChannels, boolean depthwise) {
    DataType dt = x.dataType();
    WeightedKernel k = depthwise
        ? new DepthwiseConv2DKernel(window, true, ActivationFunction.RELU)
        : new Conv2DKernel(window, true, ActivationFunction.RELU);
    INDArray z = Nd4j.create(dt, x.size(0), oh, ow, outChannels);
    INDArray y = z.ulike();
    k.forward(x, kernel, bias, z, y, true);
    long n = y.length();
    INDArray gradY = Nd4j.linspace(DataType.DOUBLE, -1, 2.0 / n, n).reshape(y.shape()).castTo(dt);
    INDArray gradX = x.ulike().assign(7);
    INDArray gradKernel = kernel.ulike().assign(7);
    INDArray gradBias = bias.ulike().assign(7);
    k.backward(x, kernel, bias, z, y, gradY, y.ulike(), gradX, gradKernel, gradBias);
    if (dt == DataType.FLOAT) {
      boolean onednn = depthwise ? ((DepthwiseConv2DKernel) k).onOnednn() : ((Conv2DKernel) k).onOnednn();
      assertTrue(onednn, "FLOAT ran on oneDNN");
    }
    return new INDArray[] {y, gradX, gradKernel, gradBias};
  }

  private static long outputLength(Padding padding, long in, int k, int s) {
    return padding == Padding.SAME ? (in + s - 1) / s : (in - k) / s + 1;
  }
}
