package dev.lamina.runtime.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** {@link ConcatKernel} and {@link Views#channelSlice}. */
class ConcatKernelTest {
  private static final double TOLERANCE = 1e-5;

  private static int[] channels(int inputs) {
    return inputs == 2 ? new int[] {2, 3} : new int[] {1, 4, 2};
  }

  private static INDArray[] inputs(int[] channels, DataType type, long seed) {
    INDArray[] x = new INDArray[channels.length];
    for (int i = 0; i < x.length; i++) {
      x[i] = KernelGradientCheck.uniform(seed + i, -1, 1, 2, 3, 4, channels[i]).castTo(type);
    }
    return x;
  }

  private static INDArray[] like(INDArray[] x) {
    INDArray[] g = new INDArray[x.length];
    for (int i = 0; i < x.length; i++) {
      g[i] = x[i].ulike();
    }
    return g;
  }

  @ParameterizedTest(name = "{0} inputs")
  @ValueSource(ints = {2, 3})
  void gradientsMatchCentralDifferences(int inputs) {
    int[] c = channels(inputs);
    ConcatKernel kernel = new ConcatKernel(c);
    INDArray[] x = inputs(c, DataType.DOUBLE, 10);
    INDArray y = Nd4j.create(DataType.DOUBLE, 2, 3, 4, java.util.Arrays.stream(c).sum());
    INDArray[] gradX = like(x);
    KernelGradientCheck.Result r = KernelGradientCheck.check(x, () -> {
      kernel.forward(x, y);
      return y;
    }, gradY -> {
      kernel.backward(gradY, gradX);
      return gradX;
    }, 11, TOLERANCE);
    System.out.printf("Concatenate of %d inputs (channels %s): %s%n", inputs, java.util.Arrays.toString(c), r);
    assertTrue(r.passed(TOLERANCE), r.toString());
  }

  @ParameterizedTest(name = "{0} inputs")
  @ValueSource(ints = {2, 3})
  void floatEqualsDouble(int inputs) {
    int[] c = channels(inputs);
    int total = java.util.Arrays.stream(c).sum();
    INDArray[] xd = inputs(c, DataType.DOUBLE, 20);
    INDArray[] xf = inputs(c, DataType.FLOAT, 20);
    INDArray yd = Nd4j.create(DataType.DOUBLE, 2, 3, 4, total);
    INDArray yf = Nd4j.create(DataType.FLOAT, 2, 3, 4, total);
    new ConcatKernel(c).forward(xd, yd);
    new ConcatKernel(c).forward(xf, yf);
    assertEquals(yd.castTo(DataType.FLOAT), yf, "a copy is exact in either type");
    INDArray[] gf = like(xf);
    new ConcatKernel(c).backward(yf, gf);
    for (int i = 0; i < c.length; i++) {
      assertEquals(xf[i], gf[i]);
    }
  }

  @Test
  void valuesByHandAndAgainstNd4jConcat() {
    INDArray a = Nd4j.createFromArray(new double[][] {{1, 2}, {3, 4}});
    INDArray b = Nd4j.createFromArray(new double[][] {{5}, {6}});
    INDArray y = Nd4j.create(DataType.DOUBLE, 2, 3);
    new ConcatKernel(2, 1).forward(new INDArray[] {a, b}, y);
    assertArrayEquals(new double[][] {{1, 2, 5}, {3, 4, 6}}, y.toDoubleMatrix());

    INDArray[] x = inputs(channels(3), DataType.DOUBLE, 30);
    INDArray whole = Nd4j.create(DataType.DOUBLE, 2, 3, 4, 7);
    new ConcatKernel(channels(3)).forward(x, whole);
    assertEquals(Nd4j.concat(3, x), whole);
  }

  @Test
  void aChannelSliceIsAViewThatWritesIntoTheConcatenation() {
    INDArray whole = Nd4j.create(DataType.FLOAT, 2, 3, 4, 5);
    INDArray slice = Views.channelSlice(whole, 2, 5);
    assertArrayEquals(new long[] {2, 3, 4, 3}, slice.shape());
    slice.assign(7);
    assertEquals(0, whole.getDouble(1, 2, 3, 1), 0);
    assertEquals(7, whole.getDouble(1, 2, 3, 2), 0);
    assertEquals(7, whole.getDouble(0, 0, 0, 4), 0);
    assertEquals(3 * 2 * 3 * 4 * 7.0, whole.sumNumber().doubleValue(), 0, "nothing else was written");
    assertThrows(IllegalArgumentException.class, () -> Views.channelSlice(whole, 3, 6));
  }

  @Test
  void forwardAndBackwardAllocateNothingOnceWarm() {
    int[] c = channels(3);
    ConcatKernel kernel = new ConcatKernel(c);
    INDArray[] x = inputs(c, DataType.FLOAT, 40);
    INDArray y = Nd4j.create(DataType.FLOAT, 2, 3, 4, 7);
    INDArray gradY = y.ulike();
    INDArray[] gradX = like(x);
    Runnable step = () -> {
      kernel.forward(x, y);
      kernel.backward(gradY, gradX);
    };
    step.run();
    assertEquals(0, Allocations.count(step));
  }

  @Test
  void rejectsAnInputOfAnotherChannelCount() {
    ConcatKernel kernel = new ConcatKernel(2, 3);
    INDArray y = Nd4j.create(DataType.DOUBLE, 2, 5);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> kernel.forward(new INDArray[] {Nd4j.create(DataType.DOUBLE, 2, 3), Nd4j.create(DataType.DOUBLE, 2, 2)}, y));
    assertEquals("Concatenate input 0 is [2, 3], expected [2, 2]", e.getMessage());
  }
}
