package dev.lamina.runtime.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lamina.runtime.kernel.onednn.Onednn;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * {@code FLOAT} batch normalization (oneDNN's primitive, and the plain loops over the channel-last
 * values that run without oneDNN) computes what the {@code DOUBLE} kernel (libnd4j's ops, the route the
 * gradient checks verify) computes: outputs, the normalized input, the moving statistics (Keras's
 * update with the biased variance), the inference output, and the input, gamma and beta gradients;
 * with and without gamma and beta, for NHWC and {@code [n, c]} inputs, inputs far from zero mean, and
 * non-dense (view) arrays, which take libnd4j.
 */
class BatchNormKernelTest {

  @ParameterizedTest
  @CsvSource({
      "4, true, true, 0, false",
      "4, false, true, 0, false",
      "4, true, false, 0, false",
      "4, false, false, 0, false",
      "2, true, true, 0, false",
      "4, true, true, 100, false",
      "4, true, true, 0, true"})
  void floatMatchesDouble(int rank, boolean scale, boolean center, double offset, boolean view) {
    long[] shape = rank == 4 ? new long[] {3, 5, 6, 7} : new long[] {40, 7};
    Nd4j.getRandom().setSeed(11);
    INDArray x = Nd4j.randn(DataType.DOUBLE, shape).muli(2).addi(offset);
    INDArray gamma = scale ? Nd4j.rand(DataType.DOUBLE, 7).addi(0.5) : null;
    INDArray beta = center ? Nd4j.randn(DataType.DOUBLE, 7) : null;
    INDArray movingMean = Nd4j.randn(DataType.DOUBLE, 7);
    INDArray movingVariance = Nd4j.rand(DataType.DOUBLE, 7).addi(0.5);
    INDArray gradY = Nd4j.randn(DataType.DOUBLE, shape);

    INDArray[] d = run(DataType.DOUBLE, x, gamma, beta, movingMean, movingVariance, gradY, false, true);
    INDArray[] f = run(DataType.FLOAT, x, gamma, beta, movingMean, movingVariance, gradY, view, true);
    assertClose(d, f, "");
  }

  /**
   * The oneDNN route and the loops both agree with the double kernel, over two training steps (the
   * second with the primitives and the moving statistics of the first): odd channel counts, batch 1
   * (one value per channel in {@code [1, c]}: zero variance), and FashionResNet's shapes at batch 32.
   */
  @ParameterizedTest
  @CsvSource({
      "'3,5,6,7', true, true",
      "'3,5,6,7', false, false",
      "'1,4,5,3', true, true",
      "'1,9', true, true",
      "'1,1,1,5', true, false",
      "'40,7', false, true",
      "'6,11,13', true, true",
      "'32,28,28,16', true, true",
      "'32,14,14,32', true, true",
      "'32,7,7,64', true, true"})
  void onednnAndLoopsMatchDouble(String dims, boolean scale, boolean center) {
    assumeTrue(Onednn.available(), "oneDNN is not available here");
    long[] shape = java.util.Arrays.stream(dims.split(",")).mapToLong(Long::parseLong).toArray();
    int c = (int) shape[shape.length - 1];
    Nd4j.getRandom().setSeed(17);
    INDArray x = Nd4j.randn(DataType.DOUBLE, shape).muli(1.5).addi(0.7);
    INDArray gamma = scale ? Nd4j.rand(DataType.DOUBLE, c).addi(0.5) : null;
    INDArray beta = center ? Nd4j.randn(DataType.DOUBLE, c) : null;
    INDArray movingMean = Nd4j.randn(DataType.DOUBLE, c);
    INDArray movingVariance = Nd4j.rand(DataType.DOUBLE, c).addi(0.5);
    INDArray gradY = Nd4j.randn(DataType.DOUBLE, shape);

    INDArray[] d = run(DataType.DOUBLE, x, gamma, beta, movingMean, movingVariance, gradY, false, true);
    assertClose(d, run(DataType.FLOAT, x, gamma, beta, movingMean, movingVariance, gradY, false, true), "oneDNN ");
    assertClose(d, run(DataType.FLOAT, x, gamma, beta, movingMean, movingVariance, gradY, false, false), "loops ");
  }

  private static void assertClose(INDArray[] d, INDArray[] f, String route) {
    String[] names = {"y", "normalized", "moving mean", "moving variance", "gradX", "gradGamma", "gradBeta",
        "inference y"};
    for (int i = 0; i < d.length; i++) {
      if (d[i] == null) {
        continue;
      }
      double[] expected = d[i].data().asDouble();
      double[] actual = f[i].castTo(DataType.DOUBLE).dup().data().asDouble();
      double tolerance = 2e-5 * Math.max(1, d[i].amaxNumber().doubleValue());
      assertArrayEquals(expected, actual, tolerance, route + names[i]);
    }
  }

  private static INDArray[] run(DataType dt, INDArray x0, INDArray gamma0, INDArray beta0, INDArray movingMean0,
      INDArray movingVariance0, INDArray gradY0, boolean view, boolean onednn) {
    INDArray x = cast(x0, dt, view);
    INDArray gamma = gamma0 == null ? null : gamma0.castTo(dt);
    INDArray beta = beta0 == null ? null : beta0.castTo(dt);
    INDArray movingMean = movingMean0.castTo(dt).dup();
    INDArray movingVariance = movingVariance0.castTo(dt).dup();
    INDArray gradY = cast(gradY0, dt, view);
    int c = (int) x.size(x.rank() - 1);
    BatchNormKernel k = new BatchNormKernel(c, 0.9, 1e-3, dt, onednn);
    INDArray normalized = Nd4j.create(dt, x.shape());
    INDArray y = Nd4j.create(dt, x.shape());
    INDArray gradX = Nd4j.create(dt, x.shape());
    INDArray gradGamma = gamma == null ? null : Nd4j.create(dt, c);
    INDArray gradBeta = beta == null ? null : Nd4j.create(dt, c);
    // a first step on other values, then the compared one
    k.forwardTraining(x.mul(0.5).addi(1), gamma, beta, movingMean, movingVariance, normalized, y);
    k.backward(gradY.mul(2), gamma, normalized, gradX, gradGamma, gradBeta);
    k.forwardTraining(x, gamma, beta, movingMean, movingVariance, normalized, y);
    k.backward(gradY, gamma, normalized, gradX, gradGamma, gradBeta);
    INDArray inference = Nd4j.create(dt, x.shape());
    k.forwardInference(x, gamma, beta, movingMean, movingVariance, inference);
    return new INDArray[] {y, normalized, movingMean, movingVariance, gradX, gradGamma, gradBeta, inference};
  }

  /** {@code a} in type {@code dt}; as a view into a larger array (not dense) when asked. */
  private static INDArray cast(INDArray a, DataType dt, boolean view) {
    if (!view) {
      return a.castTo(dt);
    }
    INDArray wide = Nd4j.create(dt, concat(a.shape(), 2));
    INDArray part = wide.get(org.nd4j.linalg.indexing.NDArrayIndex.all(),
        org.nd4j.linalg.indexing.NDArrayIndex.all(), org.nd4j.linalg.indexing.NDArrayIndex.all(),
        org.nd4j.linalg.indexing.NDArrayIndex.all(), org.nd4j.linalg.indexing.NDArrayIndex.point(0));
    part.assign(a.castTo(dt));
    return part;
  }

  private static long[] concat(long[] shape, long last) {
    long[] s = java.util.Arrays.copyOf(shape, shape.length + 1);
    s[shape.length] = last;
    return s;
  }
}
