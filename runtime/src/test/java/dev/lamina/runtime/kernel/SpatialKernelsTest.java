package dev.lamina.runtime.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * {@link UpSampling2DKernel}, {@link ZeroPadding2DKernel} and {@link Cropping2DKernel}: gradients against
 * central differences, values by hand (bilinear: TensorFlow 2's {@code tf.image.resize} values),
 * FLOAT against DOUBLE, views, and no allocation once warm.
 */
class SpatialKernelsTest {
  private static final double TOLERANCE = 1e-5;
  private static final long[] INPUT = {2, 4, 3, 3};

  /** A kernel as two functions and its output shape for {@link #INPUT}. */
  record Case(String name, BiConsumer<INDArray, INDArray> forward, BiConsumer<INDArray, INDArray> backward,
      long[] output) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Case upSampling(int sh, int sw, Interpolation interpolation) {
    UpSampling2DKernel k = new UpSampling2DKernel(sh, sw, interpolation);
    return new Case("UpSampling2D " + sh + "x" + sw + " " + interpolation, k::forward, k::backward,
        new long[] {2, 4 * sh, 3 * sw, 3});
  }

  static Case padding(Margins2D m) {
    ZeroPadding2DKernel k = new ZeroPadding2DKernel(m);
    return new Case("ZeroPadding2D " + m, k::forward, k::backward, new long[] {2, 4 + m.height(), 3 + m.width(), 3});
  }

  static Case cropping(Margins2D m) {
    Cropping2DKernel k = new Cropping2DKernel(m);
    return new Case("Cropping2D " + m, k::forward, k::backward, new long[] {2, 4 - m.height(), 3 - m.width(), 3});
  }

  static Stream<Arguments> cases() {
    return Stream.of(upSampling(2, 2, Interpolation.NEAREST), upSampling(3, 2, Interpolation.NEAREST),
        upSampling(2, 2, Interpolation.BILINEAR), upSampling(3, 2, Interpolation.BILINEAR),
        padding(new Margins2D(1, 2, 0, 1)), padding(Margins2D.of(1)),
        cropping(new Margins2D(1, 0, 0, 1)), cropping(new Margins2D(1, 2, 1, 1))).map(Arguments::of);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void gradientsMatchCentralDifferences(Case c) {
    INDArray x = KernelGradientCheck.uniform(5, -1, 1, INPUT);
    INDArray y = Nd4j.create(DataType.DOUBLE, c.output());
    INDArray gradX = x.ulike();
    KernelGradientCheck.Result r = KernelGradientCheck.check(new INDArray[] {x}, () -> {
      c.forward().accept(x, y);
      return y;
    }, gradY -> {
      c.backward().accept(gradY, gradX);
      return new INDArray[] {gradX};
    }, 6, TOLERANCE);
    System.out.printf("%s: %s%n", c, r);
    assertTrue(r.passed(TOLERANCE), r.toString());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void floatFollowsDoubleAndNothingIsAllocatedOnceWarm(Case c) {
    INDArray xd = KernelGradientCheck.uniform(7, -1, 1, INPUT);
    INDArray gd = KernelGradientCheck.uniform(8, -1, 1, c.output());
    INDArray yd = Nd4j.create(DataType.DOUBLE, c.output());
    INDArray gxd = xd.ulike();
    c.forward().accept(xd, yd);
    c.backward().accept(gd, gxd);
    INDArray xf = xd.castTo(DataType.FLOAT);
    INDArray gf = gd.castTo(DataType.FLOAT);
    INDArray yf = Nd4j.create(DataType.FLOAT, c.output());
    INDArray gxf = xf.ulike();
    Runnable step = () -> {
      c.forward().accept(xf, yf);
      c.backward().accept(gf, gxf);
    };
    step.run();
    assertTrue(yd.sub(yf.castTo(DataType.DOUBLE)).amaxNumber().doubleValue() < 1e-6);
    assertTrue(gxd.sub(gxf.castTo(DataType.DOUBLE)).amaxNumber().doubleValue() < 1e-6);
    assertEquals(0, Allocations.count(step), c + ": ND4J buffers created by a warm forward and backward pass");
  }

  private static INDArray image(double[][] rows) {
    return Nd4j.createFromArray(rows).reshape(1, rows.length, rows[0].length, 1);
  }

  private static double[][] plane(INDArray y) {
    return y.reshape(y.size(1), y.size(2)).toDoubleMatrix();
  }

  @Test
  void nearestRepeatsRowsAndColumnsAsKerasDoes() {
    INDArray x = image(new double[][] {{1, 2}, {3, 4}});
    INDArray y = Nd4j.create(DataType.DOUBLE, 1, 6, 4, 1);
    new UpSampling2DKernel(3, 2, Interpolation.NEAREST).forward(x, y);
    assertArrayEquals(new double[][] {{1, 1, 2, 2}, {1, 1, 2, 2}, {1, 1, 2, 2}, {3, 3, 4, 4}, {3, 3, 4, 4},
        {3, 3, 4, 4}}, plane(y));
    INDArray g = x.ulike();
    new UpSampling2DKernel(3, 2, Interpolation.NEAREST).backward(y, g);
    assertArrayEquals(new double[][] {{6, 12}, {18, 24}}, plane(g), "each input collects its 3x2 block");
  }

  @Test
  void bilinearUsesHalfPixelCentresAsTfImageResize() {
    // tf.image.resize([[1, 2], [3, 4]], [4, 4], method="bilinear") in TensorFlow 2
    INDArray x = image(new double[][] {{1, 2}, {3, 4}});
    INDArray y = Nd4j.create(DataType.DOUBLE, 1, 4, 4, 1);
    new UpSampling2DKernel(2, 2, Interpolation.BILINEAR).forward(x, y);
    assertArrayEquals(new double[][] {{1, 1.25, 1.75, 2}, {1.5, 1.75, 2.25, 2.5}, {2.5, 2.75, 3.25, 3.5},
        {3, 3.25, 3.75, 4}}, plane(y));
    // size 3 along the width: source columns (o + 0.5) / 3 - 0.5 = -1/3, 0, 1/3, 2/3, 1, 4/3, clamped
    INDArray row = image(new double[][] {{0, 3}});
    INDArray wide = Nd4j.create(DataType.DOUBLE, 1, 1, 6, 1);
    new UpSampling2DKernel(1, 3, Interpolation.BILINEAR).forward(row, wide);
    assertArrayEquals(new double[] {0, 0, 1, 2, 3, 3}, wide.reshape(6).toDoubleVector(), 1e-15);
    INDArray g = row.ulike();
    new UpSampling2DKernel(1, 3, Interpolation.BILINEAR).backward(Nd4j.ones(DataType.DOUBLE, 1, 1, 6, 1), g);
    assertArrayEquals(new double[] {3, 3}, g.reshape(2).toDoubleVector(), 1e-15, "the weights of each output sum to 1");
  }

  @Test
  void paddingAndCroppingByHand() {
    INDArray x = image(new double[][] {{5, 6}});
    INDArray padded = Nd4j.valueArrayOf(new long[] {1, 2, 4, 1}, 9.0, DataType.DOUBLE);
    new ZeroPadding2DKernel(new Margins2D(1, 0, 0, 2)).forward(x, padded);
    assertArrayEquals(new double[][] {{0, 0, 0, 0}, {5, 6, 0, 0}}, plane(padded), "the borders are overwritten");

    INDArray square = Nd4j.arange(9).castTo(DataType.DOUBLE).reshape(1, 3, 3, 1);
    INDArray cropped = Nd4j.create(DataType.DOUBLE, 1, 2, 2, 1);
    Cropping2DKernel crop = new Cropping2DKernel(new Margins2D(1, 0, 0, 1));
    crop.forward(square, cropped);
    assertArrayEquals(new double[][] {{3, 4}, {6, 7}}, plane(cropped));
    INDArray g = Nd4j.valueArrayOf(new long[] {1, 3, 3, 1}, 9.0, DataType.DOUBLE);
    crop.backward(cropped, g);
    assertArrayEquals(new double[][] {{0, 0, 0}, {3, 4, 0}, {6, 7, 0}}, plane(g));
  }

  @Test
  void anUpSamplingCanWriteIntoAChannelSliceOfAConcatenation() {
    INDArray x = KernelGradientCheck.uniform(9, -1, 1, 2, 3, 3, 2);
    INDArray whole = Nd4j.create(DataType.DOUBLE, 2, 6, 6, 5);
    UpSampling2DKernel k = new UpSampling2DKernel(2, 2, Interpolation.BILINEAR);
    k.forward(x, Views.channelSlice(whole, 3, 5));
    INDArray dense = Nd4j.create(DataType.DOUBLE, 2, 6, 6, 2);
    k.forward(x, dense);
    assertEquals(dense, Views.channelSlice(whole, 3, 5).dup());
    assertEquals(0, Views.channelSlice(whole, 0, 3).amaxNumber().doubleValue(), 0);
  }

  /** The FLOAT rows of NEAREST on slices: forward into, and gradient from, a concatenation's channels. */
  @Test
  void aFloatNearestUpSamplingReadsAndWritesChannelSlices() {
    INDArray x = KernelGradientCheck.uniform(9, -1, 1, 2, 3, 3, 2).castTo(DataType.FLOAT);
    INDArray whole = Nd4j.create(DataType.FLOAT, 2, 6, 9, 5);
    UpSampling2DKernel k = new UpSampling2DKernel(2, 3, Interpolation.NEAREST);
    k.forward(x, Views.channelSlice(whole, 3, 5));
    for (int n = 0; n < 2; n++) {
      for (int i = 0; i < 6; i++) {
        for (int j = 0; j < 9; j++) {
          for (int c = 0; c < 2; c++) {
            assertEquals(x.getFloat(n, i / 2, j / 3, c), whole.getFloat(n, i, j, 3 + c), 0);
          }
        }
      }
    }
    assertEquals(0, Views.channelSlice(whole, 0, 3).amaxNumber().doubleValue(), 0);
    INDArray gradY = KernelGradientCheck.uniform(5, -1, 1, 2, 6, 9, 5).castTo(DataType.FLOAT);
    INDArray gradX = Nd4j.create(DataType.FLOAT, 2, 3, 3, 2);
    k.backward(Views.channelSlice(gradY, 3, 5), gradX);
    INDArray expected = Nd4j.create(DataType.DOUBLE, 2, 3, 3, 2);
    new UpSampling2DKernel(2, 3, Interpolation.NEAREST).backward(
        Views.channelSlice(gradY, 3, 5).castTo(DataType.DOUBLE), expected);
    assertTrue(expected.sub(gradX.castTo(DataType.DOUBLE)).amaxNumber().doubleValue() < 1e-6);
    assertTrue(expected.amaxNumber().doubleValue() > 0.5);
  }

  @Test
  void rejectsOutputsOfTheWrongShape() {
    INDArray x = Nd4j.create(DataType.FLOAT, 1, 2, 3, 4);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new UpSampling2DKernel(2, 2, Interpolation.NEAREST).forward(x, Nd4j.create(DataType.FLOAT, 1, 4, 5, 4)));
    assertEquals("UpSampling2D(2, 2) maps [1, 2, 3, 4] to [1, 4, 6, 4], got an output [1, 4, 5, 4]", e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> new Cropping2DKernel(Margins2D.of(1)).forward(x, Nd4j.create(DataType.FLOAT, 1, 0, 1, 4)));
    assertThrows(IllegalArgumentException.class, () -> new Margins2D(0, -1, 0, 0));
    assertThrows(IllegalArgumentException.class, () -> new UpSampling2DKernel(0, 2, Interpolation.NEAREST));
  }
}
