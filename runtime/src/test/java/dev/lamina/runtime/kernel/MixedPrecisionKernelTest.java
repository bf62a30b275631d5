package dev.lamina.runtime.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lamina.dsl.ActivationFunction;
import dev.lamina.dsl.Padding;
import dev.lamina.runtime.kernel.onednn.Onednn;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Every kernel with weights in {@link Precision#BF16} against the same kernel in fp32, on the same
 * values: forward (inference and training), and the input, kernel and bias gradients.
 *
 * <p>The tolerance: bf16 keeps 8 significant bits, so rounding an input and a weight to bf16 changes
 * each product by a relative error of at most 2 * 2^-9 (0.4%); oneDNN accumulates the products in fp32.
 * The errors of the rounded products have random signs, so the error of a whole output tensor
 * measured in the Euclidean norm, relative to the tensor's norm, stays near that bound. We allow
 * 1e-2, 2.5 times the per-product bound, for every tensor; and require the difference to be at least
 * 1e-5, so that a kernel silently running fp32 fails (fp32 against fp32 differs by about 1e-7).
 *
 * <p>The activations here are smooth. With ReLU or SELU, whose derivatives jump at 0, the outputs that
 * bf16 moves across 0 take the other side's derivative, so an element-wise comparison of gradients
 * measures how many outputs lie within rounding of 0 rather than the arithmetic; that those networks
 * still train as in fp32 is shown by the training-curve test of the samples.
 */
class MixedPrecisionKernelTest {
  private static final double TOLERANCE = 1e-2;
  private static final double MUST_DIFFER = 1e-5;

  static Stream<Arguments> layers() {
    ActivationFunction tanh = ActivationFunction.TANH;
    return Stream.of(
        Arguments.of("Conv2D 3x3 SAME", (Supplier<WeightedKernel>) () -> new Conv2DKernel(Window2D.of(3, 3, 1, 1, Padding.SAME), true, tanh),
            new long[] {4, 12, 12, 8}, new long[] {3, 3, 8, 16}, new long[] {4, 12, 12, 16}),
        Arguments.of("Conv2D 3x3 strides 2 VALID", (Supplier<WeightedKernel>) () -> new Conv2DKernel(Window2D.of(3, 3, 2, 2,
            Padding.VALID), true, ActivationFunction.SOFTPLUS), new long[] {4, 13, 13, 8}, new long[] {3, 3, 8, 16},
            new long[] {4, 6, 6, 16}),
        Arguments.of("Conv2D 1x1 (SeparableConv2D's pointwise step)", (Supplier<WeightedKernel>) () -> new Conv2DKernel(
            Window2D.of(1, 1, 1, 1, Padding.VALID), true, ActivationFunction.LINEAR), new long[] {4, 10, 10, 32},
            new long[] {1, 1, 32, 16}, new long[] {4, 10, 10, 16}),
        // 49 multiply-accumulates per output: bf16 (a 3x3 depthwise convolution, 9, stays fp32; see below)
        Arguments.of("DepthwiseConv2D 7x7 depthMultiplier 2", (Supplier<WeightedKernel>) () -> new DepthwiseConv2DKernel(
            Window2D.of(7, 7, 1, 1, Padding.SAME), true, ActivationFunction.SWISH), new long[] {4, 12, 12, 16}, new long[] {7, 7, 16, 2},
            new long[] {4, 12, 12, 32}),
        Arguments.of("Conv2DTranspose 3x3 strides 2 SAME", (Supplier<WeightedKernel>) () -> new Conv2DTransposeKernel(
            Window2D.of(3, 3, 2, 2, Padding.SAME), true, tanh), new long[] {4, 6, 6, 16}, new long[] {3, 3, 8, 16},
            new long[] {4, 12, 12, 8}),
        Arguments.of("Dense", (Supplier<WeightedKernel>) () -> new DenseKernel(true, ActivationFunction.TANH), new long[] {8, 256},
            new long[] {256, 64}, new long[] {8, 64}));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("layers")
  void bf16FollowsFp32(String name, Supplier<WeightedKernel> layer, long[] xShape, long[] kShape, long[] yShape) {
    assumeTrue(Precision.bf16Supported(), "this CPU lacks AVX512_BF16");
    WeightedKernel fp32 = layer.get();
    WeightedKernel bf16 = Precision.BF16.create(layer);
    Nd4j.getRandom().setSeed(7);
    INDArray x = Nd4j.randn(DataType.FLOAT, xShape);
    INDArray kernel = Nd4j.randn(DataType.FLOAT, kShape).muli(0.2);
    INDArray bias = Nd4j.randn(DataType.FLOAT, yShape[yShape.length - 1]).muli(0.1);
    INDArray gradY = Nd4j.randn(DataType.FLOAT, yShape);

    Result a = run(fp32, x, kernel, bias, gradY, yShape);
    Result b = run(bf16, x, kernel, bias, gradY, yShape);
    check(name + " inference output", a.inference, b.inference);
    check(name + " training output", a.training, b.training);
    check(name + " input gradient", a.gradX, b.gradX);
    check(name + " kernel gradient", a.gradKernel, b.gradKernel);
    // The bias gradient sums the fp32 output gradient before it is rounded: it stays exact up to the
    // activation's derivative, which reads the bf16-computed output.
    assertTrue(relativeError(a.gradBias, b.gradBias) < TOLERANCE, name + " bias gradient");
  }

  static Stream<Arguments> memoryBound() {
    return Stream.of(
        Arguments.of("DepthwiseConv2D 3x3", (Supplier<WeightedKernel>) () -> new DepthwiseConv2DKernel(
            Window2D.of(3, 3, 1, 1, Padding.SAME), true, ActivationFunction.TANH), new long[] {4, 12, 12, 16},
            new long[] {3, 3, 16, 2}, new long[] {4, 12, 12, 32}),
        Arguments.of("Conv2D 3x3 of one channel", (Supplier<WeightedKernel>) () -> new Conv2DKernel(
            Window2D.of(3, 3, 1, 1, Padding.SAME), true, ActivationFunction.TANH), new long[] {4, 12, 12, 1},
            new long[] {3, 3, 1, 16}, new long[] {4, 12, 12, 16}));
  }

  /**
   * Layers with fewer than 32 multiply-accumulates per output value are memory-bound; in a bf16 network
   * they run fp32 and compute exactly what fp32 does.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("memoryBound")
  void memoryBoundLayersRunFp32(String name, Supplier<WeightedKernel> layer, long[] xShape, long[] kShape,
      long[] yShape) {
    assumeTrue(Precision.bf16Supported(), "this CPU lacks AVX512_BF16");
    Nd4j.getRandom().setSeed(5);
    INDArray x = Nd4j.randn(DataType.FLOAT, xShape);
    INDArray kernel = Nd4j.randn(DataType.FLOAT, kShape).muli(0.2);
    INDArray bias = Nd4j.randn(DataType.FLOAT, yShape[yShape.length - 1]).muli(0.1);
    INDArray gradY = Nd4j.randn(DataType.FLOAT, yShape);
    Result a = run(layer.get(), x, kernel, bias, gradY, yShape);
    Result b = run(Precision.BF16.create(layer), x, kernel, bias, gradY, yShape);
    assertEquals(a.training(), b.training(), name + " training output");
    assertEquals(a.gradX(), b.gradX(), name + " input gradient");
    assertEquals(a.gradKernel(), b.gradKernel(), name + " kernel gradient");
  }

  /**
   * SELU's scale: in bf16 it is applied while the output gradient is rounded to bf16 rather than in a
   * pass of its own. The pre-activations are kept 2 (about 5 standard deviations) away from 0 on one side,
   * where SELU's derivative is smooth (the constant scale 1.0507 above 0, {@code scale * alpha * e^z} below),
   * so the gradients compare within the bf16 tolerance; leaving the scale out would put them 5% apart.
   */
  @ParameterizedTest(name = "pre-activations near {0}")
  @org.junit.jupiter.params.provider.ValueSource(doubles = {2.0, -2.0})
  void seluScaleFoldedIntoTheRounding(double shift) {
    assumeTrue(Precision.bf16Supported(), "this CPU lacks AVX512_BF16");
    Supplier<WeightedKernel> layer = () -> new Conv2DKernel(Window2D.of(3, 3, 1, 1, Padding.SAME), true,
        ActivationFunction.SELU);
    long[] yShape = {4, 10, 10, 16};
    Nd4j.getRandom().setSeed(11);
    INDArray x = Nd4j.randn(DataType.FLOAT, 4, 10, 10, 8);
    INDArray kernel = Nd4j.randn(DataType.FLOAT, 3, 3, 8, 16).muli(0.05);
    INDArray bias = Nd4j.valueArrayOf(new long[] {16}, shift, DataType.FLOAT);
    INDArray gradY = Nd4j.randn(DataType.FLOAT, yShape);
    Result a = run(layer.get(), x, kernel, bias, gradY, yShape);
    Result b = run(Precision.BF16.create(layer), x, kernel, bias, gradY, yShape);
    check("SELU training output", a.training, b.training);
    check("SELU input gradient", a.gradX, b.gradX);
    check("SELU kernel gradient", a.gradKernel, b.gradKernel);
    assertTrue(relativeError(a.gradBias, b.gradBias) < TOLERANCE, "SELU bias gradient");
  }

  /** Without AVX512_BF16 (simulated with -Dlamina.bf16=false) a bf16 layer computes exactly what fp32 does. */
  @Test
  void withoutAvx512Bf16TheLayersRunFp32() {
    String before = System.getProperty(Onednn.BF16_PROPERTY);
    System.setProperty(Onednn.BF16_PROPERTY, "false");
    try {
      assertFalse(Precision.bf16Supported());
      Supplier<WeightedKernel> layer = () -> new Conv2DKernel(Window2D.of(3, 3, 1, 1, Padding.SAME), true,
          ActivationFunction.TANH);
      WeightedKernel fp32 = layer.get();
      WeightedKernel bf16 = Precision.BF16.create(layer);
      Nd4j.getRandom().setSeed(3);
      INDArray x = Nd4j.randn(DataType.FLOAT, 2, 8, 8, 4);
      INDArray kernel = Nd4j.randn(DataType.FLOAT, 3, 3, 4, 8);
      INDArray bias = Nd4j.randn(DataType.FLOAT, 8);
      INDArray gradY = Nd4j.randn(DataType.FLOAT, 2, 8, 8, 8);
      Result a = run(fp32, x, kernel, bias, gradY, new long[] {2, 8, 8, 8});
      Result b = run(bf16, x, kernel, bias, gradY, new long[] {2, 8, 8, 8});
      assertEquals(a.training(), b.training());
      assertEquals(a.gradKernel(), b.gradKernel());
    } finally {
      if (before == null) {
        System.clearProperty(Onednn.BF16_PROPERTY);
      } else {
        System.setProperty(Onednn.BF16_PROPERTY, before);
      }
    }
  }

  private record Result(INDArray inference, INDArray training, INDArray gradX, INDArray gradKernel,
      INDArray gradBias) {}

  private static Result run(WeightedKernel layer, INDArray x, INDArray kernel, INDArray bias, INDArray gradY,
      long[] yShape) {
    INDArray inference = Nd4j.create(DataType.FLOAT, yShape);
    layer.forward(x, kernel, bias, Nd4j.create(DataType.FLOAT, yShape), inference, false);
    INDArray z = Nd4j.create(DataType.FLOAT, yShape);
    INDArray y = Nd4j.create(DataType.FLOAT, yShape);
    layer.forward(x, kernel, bias, z, y, true);
    INDArray gradX = Nd4j.create(DataType.FLOAT, x.shape());
    INDArray gradKernel = Nd4j.create(DataType.FLOAT, kernel.shape());
    INDArray gradBias = Nd4j.create(DataType.FLOAT, bias.shape());
    layer.backward(x, kernel, bias, z, y, gradY.dup(), Nd4j.create(DataType.FLOAT, yShape), gradX, gradKernel,
        gradBias);
    return new Result(inference, y, gradX, gradKernel, gradBias);
  }

  private static void check(String what, INDArray fp32, INDArray bf16) {
    double error = relativeError(fp32, bf16);
    assertTrue(error < TOLERANCE, what + ": relative error " + error + " >= " + TOLERANCE);
    assertTrue(error > MUST_DIFFER, what + ": relative error " + error + ", as if bf16 never ran");
  }

  private static double relativeError(INDArray expected, INDArray actual) {
    return expected.sub(actual).norm2Number().doubleValue() / expected.norm2Number().doubleValue();
  }

}
