package dev.lamina.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.runtime.Model;
import dev.lamina.runtime.layer.Conv2DLayer;
import dev.lamina.runtime.layer.Conv2DTransposeLayer;
import dev.lamina.runtime.layer.DepthwiseConv2DLayer;
import dev.lamina.runtime.layer.SeparableConv2DLayer;
import dev.lamina.samples.check.NaiveOps;
import dev.lamina.samples.check.NaiveOps.Geometry;
import dev.lamina.samples.check.Tensors;
import dev.lamina.samples.nets.LaminaConvNets_ConvDilatedSame;
import dev.lamina.samples.nets.LaminaConvNets_ConvDilatedValid;
import dev.lamina.samples.nets.LaminaConvNets_ConvSame;
import dev.lamina.samples.nets.LaminaConvNets_ConvSameStride2;
import dev.lamina.samples.nets.LaminaConvNets_ConvValidStride2NoBias;
import dev.lamina.samples.nets.LaminaConvNets_DepthwiseDilatedMultiplier2NoBias;
import dev.lamina.samples.nets.LaminaConvNets_DepthwisePointOnPoint;
import dev.lamina.samples.nets.LaminaConvNets_DepthwiseSame;
import dev.lamina.samples.nets.LaminaConvNets_DepthwiseSingleChannelMultiplier2;
import dev.lamina.samples.nets.LaminaConvNets_DepthwiseValidStride2Multiplier2;
import dev.lamina.samples.nets.LaminaConvNets_SeparableDilatedSame;
import dev.lamina.samples.nets.LaminaConvNets_SeparableSame;
import dev.lamina.samples.nets.LaminaConvNets_SeparableSingleChannel;
import dev.lamina.samples.nets.LaminaConvNets_SeparableValidStride2Multiplier2NoBias;
import dev.lamina.samples.nets.LaminaConvNets_TransposeSame;
import dev.lamina.samples.nets.LaminaConvNets_TransposeSameStride2;
import dev.lamina.samples.nets.LaminaConvNets_TransposeValidKernelBelowStride;
import dev.lamina.samples.nets.LaminaConvNets_TransposeValidStride2NoBias;
import dev.lamina.samples.nets.LaminaPoolNets_AvgSameStride1;
import dev.lamina.samples.nets.LaminaPoolNets_AvgSameStride2;
import dev.lamina.samples.nets.LaminaPoolNets_AvgValidStride1;
import dev.lamina.samples.nets.LaminaPoolNets_MaxSameStride2;
import dev.lamina.samples.nets.LaminaPoolNets_MaxValid;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Generated inference of each convolution and pooling configuration, on a random {@code [2, 7, 5, 2]}
 * batch with random parameters, against the naive loops of {@link NaiveOps}: SAME and VALID, strides 1
 * and 2, dilation, depth multipliers, and Conv2DTranspose with a kernel smaller than its stride.
 */
class ReferenceForwardTest {
  private static final double TOLERANCE = 1e-12;

  @Test
  void conv2dMatchesTheNaiveLoop() {
    checkConv(LaminaConvNets_ConvSame.create(1, DataType.DOUBLE), Geometry.of(3, 3, 1, 1, true), UnaryOperator.identity());
    checkConv(LaminaConvNets_ConvValidStride2NoBias.create(1, DataType.DOUBLE), Geometry.of(3, 2, 2, 2, false),
        UnaryOperator.identity());
    checkConv(LaminaConvNets_ConvSameStride2.create(1, DataType.DOUBLE), Geometry.of(3, 3, 2, 2, true), NaiveOps::tanh);
    checkConv(LaminaConvNets_ConvDilatedSame.create(1, DataType.DOUBLE), new Geometry(2, 2, 1, 1, 2, 2, true),
        UnaryOperator.identity());
    checkConv(LaminaConvNets_ConvDilatedValid.create(1, DataType.DOUBLE), new Geometry(2, 3, 1, 1, 2, 1, false),
        UnaryOperator.identity());
  }

  @Test
  void depthwiseConv2dMatchesTheNaiveLoop() {
    checkDepthwise(LaminaConvNets_DepthwiseSame.create(2, DataType.DOUBLE), Geometry.of(3, 3, 1, 1, true));
    checkDepthwise(LaminaConvNets_DepthwiseValidStride2Multiplier2.create(2, DataType.DOUBLE),
        Geometry.of(3, 3, 2, 2, false));
    checkDepthwise(LaminaConvNets_DepthwiseDilatedMultiplier2NoBias.create(2, DataType.DOUBLE),
        new Geometry(2, 2, 1, 1, 2, 2, true));
    checkDepthwise(LaminaConvNets_DepthwiseSingleChannelMultiplier2.create(2, DataType.DOUBLE),
        Geometry.of(2, 2, 2, 2, true));
    checkDepthwise(LaminaConvNets_DepthwisePointOnPoint.create(2, DataType.DOUBLE), Geometry.of(1, 1, 1, 1, false));
  }

  @Test
  void separableConv2dMatchesTheNaiveLoop() {
    checkSeparable(LaminaConvNets_SeparableSame.create(3, DataType.DOUBLE), Geometry.of(3, 3, 1, 1, true),
        NaiveOps::relu);
    checkSeparable(LaminaConvNets_SeparableValidStride2Multiplier2NoBias.create(3, DataType.DOUBLE),
        Geometry.of(3, 3, 2, 2, false), UnaryOperator.identity());
    checkSeparable(LaminaConvNets_SeparableDilatedSame.create(3, DataType.DOUBLE), new Geometry(2, 2, 1, 1, 2, 2, true),
        UnaryOperator.identity());
    checkSeparable(LaminaConvNets_SeparableSingleChannel.create(3, DataType.DOUBLE), Geometry.of(3, 3, 1, 1, true),
        UnaryOperator.identity());
  }

  @Test
  void conv2dTransposeMatchesTheNaiveLoopIncludingKernelsSmallerThanStrides() {
    checkTranspose(LaminaConvNets_TransposeSame.create(4, DataType.DOUBLE), Geometry.of(3, 3, 1, 1, true));
    checkTranspose(LaminaConvNets_TransposeSameStride2.create(4, DataType.DOUBLE), Geometry.of(3, 3, 2, 2, true));
    checkTranspose(LaminaConvNets_TransposeValidStride2NoBias.create(4, DataType.DOUBLE),
        Geometry.of(3, 3, 2, 2, false));
    Model small = LaminaConvNets_TransposeValidKernelBelowStride.create(4, DataType.DOUBLE);
    checkTranspose(small, Geometry.of(1, 2, 2, 3, false));
    // Keras: in*s = 14x15, where libnd4j's own (in-1)*s+k would give 13x14
    assertArrayEquals(new int[] {14, 15, 2}, small.outputShape());
  }

  @Test
  void poolingMatchesTheNaiveLoop() {
    checkPool(LaminaPoolNets_MaxSameStride2.create(5, DataType.DOUBLE), true, Geometry.of(3, 3, 2, 2, true));
    checkPool(LaminaPoolNets_MaxValid.create(5, DataType.DOUBLE), true, Geometry.of(2, 2, 2, 2, false));
    checkPool(LaminaPoolNets_AvgSameStride2.create(5, DataType.DOUBLE), false, Geometry.of(3, 3, 2, 2, true));
    checkPool(LaminaPoolNets_AvgSameStride1.create(5, DataType.DOUBLE), false, Geometry.of(2, 3, 1, 1, true));
    checkPool(LaminaPoolNets_AvgValidStride1.create(5, DataType.DOUBLE), false, Geometry.of(3, 3, 1, 1, false));
  }

  private static void checkConv(Model model, Geometry g, UnaryOperator<INDArray> activation) {
    INDArray x = prepare(model);
    Conv2DLayer layer = (Conv2DLayer) model.layers().get(0);
    compare(model, x, activation.apply(NaiveOps.conv2d(x, layer.kernel(), layer.bias().orElse(null), g)));
  }

  private static void checkDepthwise(Model model, Geometry g) {
    INDArray x = prepare(model);
    DepthwiseConv2DLayer layer = (DepthwiseConv2DLayer) model.layers().get(0);
    compare(model, x, NaiveOps.depthwise(x, layer.depthwiseKernel(), layer.bias().orElse(null), g));
  }

  private static void checkSeparable(Model model, Geometry g, UnaryOperator<INDArray> activation) {
    INDArray x = prepare(model);
    SeparableConv2DLayer layer = (SeparableConv2DLayer) model.layers().get(0);
    compare(model, x, activation.apply(NaiveOps.separable(x, layer.depthwiseKernel(), layer.pointwiseKernel(),
        layer.bias().orElse(null), g)));
  }

  private static void checkTranspose(Model model, Geometry g) {
    INDArray x = prepare(model);
    Conv2DTransposeLayer layer = (Conv2DTransposeLayer) model.layers().get(0);
    compare(model, x, NaiveOps.transpose(x, layer.kernel(), layer.bias().orElse(null), g));
  }

  private static void checkPool(Model model, boolean max, Geometry g) {
    INDArray x = prepare(model);
    compare(model, x, NaiveOps.pool(x, max, g));
  }

  private static INDArray prepare(Model model) {
    Tensors.randomize(model, 7);
    return Tensors.input(model, 2, 8);
  }

  private static void compare(Model model, INDArray x, INDArray expected) {
    INDArray actual = model.forward(x, false);
    assertArrayEquals(expected.shape(), actual.shape(), model.name() + " output shape");
    double error = actual.sub(expected).amaxNumber().doubleValue();
    System.out.printf("reference forward %-40s %s max |difference| %.2e%n", model.name(),
        java.util.Arrays.toString(actual.shape()), error);
    assertTrue(error < TOLERANCE, model.name() + ": max difference " + error);
  }
}
