package dev.lamina.processor.model;

import static dev.lamina.dsl.ActivationFunction.LINEAR;
import static dev.lamina.dsl.ActivationFunction.RELU;
import static dev.lamina.dsl.Initializer.GLOROT_UNIFORM;
import static dev.lamina.dsl.Initializer.ONES;
import static dev.lamina.dsl.Initializer.ZEROS;
import static dev.lamina.dsl.Padding.SAME;
import static dev.lamina.dsl.Padding.VALID;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lamina.dsl.Padding;
import dev.lamina.processor.diagnostic.Message;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Parameter counts as Keras counts them (trainable and non-trainable, weight by weight), output
 * shapes, and multiply-accumulates per example, for every layer kind.
 */
class LayerSpecTest {
  private static final Shape.Spatial MNIST = new Shape.Spatial(28, 28, 1);

  private static Window window(int size, int strides, Padding padding) {
    return Window.of(Pair.square(size), Pair.square(strides), padding);
  }

  private static Conv2DSpec conv(int filters, int kernel, Padding padding, boolean useBias) {
    return new Conv2DSpec(filters, window(kernel, 1, padding), RELU, useBias, GLOROT_UNIFORM, ZEROS);
  }

  private static SeparableConv2DSpec separable(int filters, int depthMultiplier) {
    return new SeparableConv2DSpec(filters, window(3, 1, SAME), depthMultiplier, RELU, true, GLOROT_UNIFORM,
        GLOROT_UNIFORM, ZEROS);
  }

  @Test
  void conv2dCountsKernelAndBias() {
    assertEquals(ParamCount.trainable(320), conv(32, 3, SAME, true).params(MNIST));
    assertEquals(ParamCount.trainable(9248), conv(32, 3, SAME, true).params(new Shape.Spatial(28, 28, 32)));
    assertEquals(ParamCount.trainable(9216), conv(32, 3, SAME, false).params(new Shape.Spatial(28, 28, 32)));
    Conv2DSpec rect = new Conv2DSpec(8, Window.of(new Pair(3, 5), Pair.square(1), VALID), LINEAR, true,
        GLOROT_UNIFORM, ZEROS);
    Shape.Spatial rgb = new Shape.Spatial(10, 10, 3);
    assertEquals(List.of(TensorSpec.trainable("kernel", GLOROT_UNIFORM, 3, 5, 3, 8),
        TensorSpec.trainable("bias", ZEROS, 8)), rect.tensors(rgb));
    assertEquals(3 * 5 * 3 * 8 + 8, rect.params(rgb).total());
    assertEquals(new Shape.Spatial(8, 6, 8), rect.outputShape(rgb));
    assertEquals(8L * 6 * 8 * 3 * 5 * 3, rect.macs(rgb));
    assertEquals(28L * 28 * 32 * 9, conv(32, 3, SAME, true).macs(MNIST));
  }

  @Test
  void separableConv2dCountsDepthwisePointwiseAndBias() {
    // The tutorial's separable network, layer by layer.
    assertEquals(1344, separable(32, 1).params(new Shape.Spatial(28, 28, 32)).total());
    assertEquals(2400, separable(64, 1).params(new Shape.Spatial(14, 14, 32)).total());
    assertEquals(4736, separable(64, 1).params(new Shape.Spatial(14, 14, 64)).total());
    assertEquals(8896, separable(128, 1).params(new Shape.Spatial(7, 7, 64)).total());
    assertEquals(17664, separable(128, 1).params(new Shape.Spatial(7, 7, 128)).total());
  }

  @Test
  void separableConv2dWithDepthMultiplierTwo() {
    Shape.Spatial in = new Shape.Spatial(14, 14, 32);
    SeparableConv2DSpec spec = separable(64, 2);
    assertEquals(List.of(TensorSpec.trainable("depthwise_kernel", GLOROT_UNIFORM, 3, 3, 32, 2),
        TensorSpec.trainable("pointwise_kernel", GLOROT_UNIFORM, 1, 1, 64, 64),
        TensorSpec.trainable("bias", ZEROS, 64)), spec.tensors(in));
    assertEquals(ParamCount.trainable(576 + 4096 + 64), spec.params(in));
    assertEquals(new Shape.Spatial(14, 14, 64), spec.outputShape(in));
    assertEquals(14L * 14 * (9 * 64 + 64 * 64), spec.macs(in));
  }

  @Test
  void depthwiseConv2dMultipliesChannels() {
    Shape.Spatial in = new Shape.Spatial(14, 14, 32);
    DepthwiseConv2DSpec one = new DepthwiseConv2DSpec(window(3, 1, SAME), 1, RELU, true, GLOROT_UNIFORM, ZEROS);
    DepthwiseConv2DSpec two = new DepthwiseConv2DSpec(window(3, 2, VALID), 2, RELU, true, GLOROT_UNIFORM, ZEROS);
    assertEquals(ParamCount.trainable(288 + 32), one.params(in));
    assertEquals(ParamCount.trainable(576 + 64), two.params(in));
    assertEquals(new Shape.Spatial(14, 14, 32), one.outputShape(in));
    assertEquals(new Shape.Spatial(6, 6, 64), two.outputShape(in));
    assertEquals(6L * 6 * 64 * 9, two.macs(in));
  }

  @Test
  void conv2dTransposeUsesKerasKernelLayout() {
    Shape.Spatial in = new Shape.Spatial(14, 14, 64);
    Conv2DTransposeSpec same = new Conv2DTransposeSpec(32, window(3, 2, SAME), RELU, true, GLOROT_UNIFORM, ZEROS);
    Conv2DTransposeSpec valid = new Conv2DTransposeSpec(32, window(3, 2, VALID), RELU, false, GLOROT_UNIFORM, ZEROS);
    assertEquals(List.of(TensorSpec.trainable("kernel", GLOROT_UNIFORM, 3, 3, 32, 64),
        TensorSpec.trainable("bias", ZEROS, 32)), same.tensors(in));
    assertEquals(ParamCount.trainable(18464), same.params(in));
    assertEquals(ParamCount.trainable(18432), valid.params(in));
    assertEquals(new Shape.Spatial(28, 28, 32), same.outputShape(in));
    assertEquals(new Shape.Spatial(29, 29, 32), valid.outputShape(in));
    assertEquals(14L * 14 * 64 * 9 * 32, same.macs(in));
  }

  @Test
  void denseCountsKernelAndBias() {
    DenseSpec hidden = new DenseSpec(128, RELU, true, GLOROT_UNIFORM, ZEROS);
    DenseSpec output = new DenseSpec(10, LINEAR, false, GLOROT_UNIFORM, ZEROS);
    assertEquals(ParamCount.trainable(147584), hidden.params(new Shape.Flat(1152)));
    assertEquals(ParamCount.trainable(1280), output.params(new Shape.Flat(128)));
    assertEquals(new Shape.Flat(128), hidden.outputShape(new Shape.Flat(1152)));
    assertEquals(1152L * 128, hidden.macs(new Shape.Flat(1152)));
  }

  @Test
  void batchNormHasTwoTrainableAndTwoMovingValuesPerChannel() {
    Shape.Spatial in = new Shape.Spatial(28, 28, 32);
    assertEquals(new ParamCount(64, 64), new BatchNormSpec(0.99, 1e-3, true, true).params(in));
    assertEquals(List.of(TensorSpec.trainable("gamma", ONES, 32), TensorSpec.trainable("beta", ZEROS, 32),
        TensorSpec.state("moving_mean", ZEROS, 32), TensorSpec.state("moving_variance", ONES, 32)),
        new BatchNormSpec(0.99, 1e-3, true, true).tensors(in));
    assertEquals(new ParamCount(32, 64), new BatchNormSpec(0.99, 1e-3, false, true).params(in));
    assertEquals(new ParamCount(0, 64), new BatchNormSpec(0.99, 1e-3, false, false).params(in));
    assertEquals(new ParamCount(256, 256), new BatchNormSpec(0.9, 1e-5, true, true).params(new Shape.Flat(128)));
    assertEquals(in, new BatchNormSpec(0.99, 1e-3, true, true).outputShape(in));
    assertEquals(28L * 28 * 32, new BatchNormSpec(0.99, 1e-3, true, true).macs(in));
  }

  @Test
  void layersWithoutParameters() {
    Shape.Spatial in = new Shape.Spatial(7, 7, 64);
    List<LayerSpec> none = List.of(new PoolSpec(PoolKind.MAX, window(2, 2, VALID)),
        new PoolSpec(PoolKind.AVG, window(3, 1, SAME)), new GlobalPoolSpec(PoolKind.MAX),
        new GlobalPoolSpec(PoolKind.AVG), new FlattenSpec(), new DropoutSpec(0.5),
        new ActivationSpec(RELU));
    for (LayerSpec spec : none) {
      assertEquals(ParamCount.NONE, spec.params(in), spec.describe());
      assertEquals(0, spec.macs(in), spec.describe());
    }
    assertArrayEquals(new int[] {3, 3, 64}, none.get(0).outputShape(in).dims());
    assertArrayEquals(new int[] {7, 7, 64}, none.get(1).outputShape(in).dims());
    assertArrayEquals(new int[] {64}, none.get(2).outputShape(in).dims());
    assertArrayEquals(new int[] {64}, none.get(3).outputShape(in).dims());
    assertArrayEquals(new int[] {3136}, none.get(4).outputShape(in).dims());
    assertArrayEquals(new int[] {7, 7, 64}, none.get(5).outputShape(in).dims());
    assertArrayEquals(new int[] {7, 7, 64}, none.get(6).outputShape(in).dims());
    assertEquals("MaxPooling2D", none.get(0).kerasType());
    assertEquals("AveragePooling2D", none.get(1).kerasType());
    assertEquals("GlobalMaxPooling2D", none.get(2).kerasType());
    assertEquals("GlobalAveragePooling2D", none.get(3).kerasType());
  }

  @Test
  void reshapingLayersFollowKerasAndHaveNoParameters() {
    Shape.Spatial in = new Shape.Spatial(7, 5, 8);
    UpSampling2DSpec up = new UpSampling2DSpec(new Pair(2, 3), Interpolation.BILINEAR);
    assertEquals("14x15x8", up.outputShape(in).describe());
    ZeroPadding2DSpec pad = new ZeroPadding2DSpec(new Margins(1, 0, 2, 1));
    assertEquals("8x8x8", pad.outputShape(in).describe());
    Cropping2DSpec crop = new Cropping2DSpec(new Margins(1, 2, 0, 1));
    assertEquals("4x4x8", crop.outputShape(in).describe());
    for (LayerSpec spec : List.of(up, pad, crop)) {
      assertEquals(0, spec.params(in).total(), spec.describe());
      assertEquals(List.of(), spec.checkAttributes("layer"));
      assertEquals(List.of(), spec.checkInput("layer", in));
      assertEquals(InputRank.SPATIAL, spec.inputRank());
    }
    assertEquals("UpSampling2D(size=2x3, interpolation=BILINEAR)", up.describe());
    assertEquals("Cropping2D(cropping=((1, 2), (0, 1)))", crop.describe());
  }

  @Test
  void reshapingAttributesAndCropsAreChecked() {
    assertEquals(Message.INVALID_VALUE,
        new UpSampling2DSpec(new Pair(0, 2), Interpolation.NEAREST).checkAttributes("up").get(0).message());
    assertEquals(Message.INVALID_VALUE, new ZeroPadding2DSpec(new Margins(-1, 0, 0, 0)).checkAttributes("pad").get(0)
        .message());
    Cropping2DSpec crop = new Cropping2DSpec(new Margins(4, 4, 0, 0));
    assertEquals("[LaminaCropTooLarge] crop: @Cropping2D cropping = ((4, 4), (0, 0)) leaves no row of its 7x7x8 "
        + "input (it removes 8 of 7). Expected at most 6 rows cropped in all; found cropping = ((4, 4), (0, 0)).",
        crop.checkInput("crop", new Shape.Spatial(7, 7, 8)).get(0).text());
    assertEquals(Message.CROP_TOO_LARGE, new Cropping2DSpec(new Margins(0, 0, 3, 2))
        .checkInput("crop", new Shape.Spatial(7, 5, 8)).get(0).message());
  }
}
