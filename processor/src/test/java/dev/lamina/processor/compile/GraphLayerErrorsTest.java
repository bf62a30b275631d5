package dev.lamina.processor.compile;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.lamina.processor.testing.Diagnostics.assertOneError;

import com.google.testing.compile.Compilation;
import dev.lamina.processor.testing.Networks;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The merge and reshaping layers (issue 11): what compiles, what its generated code wires, and one
 * positioned error for each wrong use.
 */
class GraphLayerErrorsTest {

  @Test
  void aUNetSkipOfAnotherSizeNamesEveryBranchWithItsChainOfSizes() {
    JavaFileObject source = Networks.source("UNet", """
        @Network(input = @Input(height = 30, width = 30, channels = 1))
        public interface UNet {
          @Conv2D(filters = 8, kernelSize = 3, padding = SAME) Conv2DLayer enc1();
          @MaxPool PoolingLayer pool1();
          @Conv2D(filters = 16, kernelSize = 3, padding = SAME) Conv2DLayer enc2();
          @MaxPool PoolingLayer pool2();
          @Conv2D(filters = 16, kernelSize = 3, padding = SAME) Conv2DLayer bottleneck();
          @MaxPool PoolingLayer pool3();
          @UpSampling2D(size = {2, 2}) ReshapingLayer up2();
          @Concatenate MergeLayer skip2(ReshapingLayer up2, PoolingLayer pool2);
        }
        """);
    assertOneError(source, "[LaminaMergeShapes] skip2: @Concatenate needs inputs of one height and width (they are "
        + "joined along channels); found up2: 30 -> 15 -> 7 -> 3 -> 6 (6x6x16) against pool2: 30 -> 15 -> 7 (7x7x16). "
        + "Crop pool2 by 1x1 with @Cropping2D, or pad up2 by 1x1 with @ZeroPadding2D; or use padding = SAME where a "
        + "VALID layer shrank a branch, or a network input whose height and width divide by 2^depth (the number of "
        + "halvings).", "@Concatenate MergeLayer skip2", "@Concatenate");
  }

  @Test
  void aResidualAddOfAnotherChannelCountSuggestsAProjection() {
    JavaFileObject source = Networks.source("Res", """
        @Network(input = @Input(height = 8, width = 8, channels = 1))
        public interface Res {
          @Conv2D(filters = 8, kernelSize = 3, padding = SAME) Conv2DLayer stem();
          @Conv2D(filters = 16, kernelSize = 3, padding = SAME) Conv2DLayer b();
          @Add(activation = RELU) MergeLayer block1(Conv2DLayer stem, Conv2DLayer b);
        }
        """);
    assertOneError(source, "[LaminaMergeShapes] block1: @Add needs inputs of one shape; found stem: 8 (8x8x8) "
        + "against b: 8 (8x8x16). Project b to 8 channels with a 1x1 @Conv2D(filters = 8) on its branch, as "
        + "ResNet's projection shortcut does.", "@Add(activation = RELU) MergeLayer block1", "@Add");
  }

  @Test
  void anAverageOfDenseLayersOfOtherWidths() {
    JavaFileObject source = Networks.source("Flat", """
        @Network(input = @Input(height = 4, width = 4, channels = 1))
        public interface Flat {
          @Flatten FlattenLayer flatten();
          @Dense(units = 5) DenseLayer a();
          @Dense(units = 6) DenseLayer b(FlattenLayer flatten);
          @Average MergeLayer mean(DenseLayer a, DenseLayer b);
        }
        """);
    assertOneError(source, "[LaminaMergeShapes] mean: @Average needs inputs of one shape; found a: 4 -> 16 -> 5 (5) "
        + "against b: 4 -> 16 -> 6 (6). Give b 5 features, as a has (e.g. @Dense(units = 5) on its branch).",
        "@Average MergeLayer mean", "@Average");
  }

  @Test
  void aMergeOfAnImageAndAFlatTensor() {
    JavaFileObject source = Networks.source("Ranks", """
        @Network(input = @Input(height = 2, width = 2, channels = 1))
        public interface Ranks {
          @Conv2D(filters = 4, kernelSize = 1) Conv2DLayer conv();
          @Flatten FlattenLayer flatten();
          @Concatenate MergeLayer joined(Conv2DLayer conv, FlattenLayer flatten);
        }
        """);
    assertOneError(source, "[LaminaMergeShapes] joined: @Concatenate needs inputs of one height and width (they are "
        + "joined along channels); found conv: 2 (2x2x4) against flatten: 2 -> 16 (16). Merge inputs of one rank: both "
        + "[height, width, channels] or both flat.", "@Concatenate MergeLayer joined", "@Concatenate");
  }

  @Test
  void aMergeOfOneInput() {
    JavaFileObject source = Networks.source("One", """
        @Network(input = @Input(height = 8, width = 8, channels = 1))
        public interface One {
          @Conv2D(filters = 8, kernelSize = 3) Conv2DLayer a();
          @Add MergeLayer sum(Conv2DLayer a);
        }
        """);
    assertOneError(source, "[LaminaMergeInputs] sum: @Add merges at least 2 inputs; found 1. Name each input as a "
        + "parameter, e.g. Layer sum(Layer shortcut, Layer residual).", "@Add MergeLayer sum", "@Add");
  }

  @Test
  void aMergeWithoutParametersReadsOnlyThePreviousLayer() {
    JavaFileObject source = Networks.source("Implicit", """
        @Network(input = @Input(height = 8, width = 8, channels = 1))
        public interface Implicit {
          @Conv2D(filters = 8, kernelSize = 3) Conv2DLayer a();
          @Concatenate MergeLayer joined();
        }
        """);
    assertOneError(source, "[LaminaMergeInputs] joined: @Concatenate merges at least 2 inputs; found 1.",
        "@Concatenate MergeLayer joined", "@Concatenate");
  }

  @Test
  void aSubtractionOfThreeInputs() {
    JavaFileObject source = Networks.source("Three", """
        @Network(input = @Input(height = 8, width = 8, channels = 1))
        public interface Three {
          @Conv2D(filters = 8, kernelSize = 3) Conv2DLayer a();
          @Conv2D(filters = 8, kernelSize = 1) Conv2DLayer b();
          @Conv2D(filters = 8, kernelSize = 1) Conv2DLayer c();
          @Subtract MergeLayer diff(Conv2DLayer a, Conv2DLayer b, Conv2DLayer c);
        }
        """);
    assertOneError(source, "[LaminaInputCount] diff: @Subtract reads two inputs; found 3 (a, b, c). Keep two "
        + "parameters.", "@Subtract MergeLayer diff", "@Subtract");
  }

  @Test
  void aCroppingThatLeavesNoRow() {
    JavaFileObject source = Networks.source("Crop", """
        @Network(input = @Input(height = 7, width = 9, channels = 8))
        public interface Crop {
          @Cropping2D(cropping = {4, 4, 0, 0}) ReshapingLayer crop();
        }
        """);
    assertOneError(source, "[LaminaCropTooLarge] crop: @Cropping2D cropping = ((4, 4), (0, 0)) leaves no row of its "
        + "7x9x8 input (it removes 8 of 7). Expected at most 6 rows cropped in all; found cropping = ((4, 4), (0, 0)).",
        "@Cropping2D(cropping = {4, 4, 0, 0})", "{4, 4, 0, 0}");
  }

  @Test
  void aCroppingThatLeavesNoColumn() {
    JavaFileObject source = Networks.source("CropColumns", """
        @Network(input = @Input(height = 7, width = 4, channels = 8))
        public interface CropColumns {
          @Conv2D(filters = 2, kernelSize = 1) Conv2DLayer conv();
          @Cropping2D(cropping = {1, 2}) ReshapingLayer crop();
        }
        """);
    assertOneError(source, "[LaminaCropTooLarge] crop: @Cropping2D cropping = ((1, 1), (2, 2)) leaves no column of "
        + "its 7x4x2 input (it removes 4 of 4). Expected at most 3 columns cropped in all; found cropping = ((1, 1), "
        + "(2, 2)).", "@Cropping2D(cropping = {1, 2})", "{1, 2}");
  }

  @Test
  void aPaddingOfThreeValues() {
    JavaFileObject source = Networks.source("Pad", """
        @Network(input = @Input(height = 8, width = 8, channels = 1))
        public interface Pad {
          @ZeroPadding2D(padding = {1, 2, 3}) ReshapingLayer pad();
        }
        """);
    assertOneError(source, "[LaminaMarginCount] pad: padding takes 1 value (every border), 2 values {height, width} "
        + "or 4 values {top, bottom, left, right}; found 3 values [1, 2, 3]. Write padding = 1, padding = {1, 2} or "
        + "padding = {1, 1, 2, 2}.", "@ZeroPadding2D(padding = {1, 2, 3})", "{1, 2, 3}");
  }

  @Test
  void aCroppingOfNoValues() {
    JavaFileObject source = Networks.source("NoCrop", """
        @Network(input = @Input(height = 8, width = 8, channels = 1))
        public interface NoCrop {
          @Conv2D(filters = 2, kernelSize = 1) Conv2DLayer conv();
          @Cropping2D(cropping = {}) ReshapingLayer crop();
        }
        """);
    assertOneError(source, "[LaminaMarginCount] crop: cropping takes 1 value (every border), 2 values {height, width} "
        + "or 4 values {top, bottom, left, right}; found 0 values []. Write cropping = 1, cropping = {1, 2} or "
        + "cropping = {1, 1, 2, 2}.", "@Cropping2D(cropping = {})", "{}");
  }

  @Test
  void aNegativePadding() {
    JavaFileObject source = Networks.source("Negative", """
        @Network(input = @Input(height = 8, width = 8, channels = 1))
        public interface Negative {
          @ZeroPadding2D(padding = {1, -1}) ReshapingLayer pad();
        }
        """);
    assertOneError(source, "[LaminaInvalidValue] pad: padding must be at least 0 at every border; found padding = "
        + "((1, 1), (-1, -1)). Use margins >= 0.", "@ZeroPadding2D(padding = {1, -1})", "{1, -1}");
  }

  @Test
  void anUpSamplingOfZero() {
    JavaFileObject source = Networks.source("Zero", """
        @Network(input = @Input(height = 8, width = 8, channels = 1))
        public interface Zero {
          @UpSampling2D(size = {2, 0}) ReshapingLayer up();
        }
        """);
    assertOneError(source, "[LaminaInvalidValue] up: size's width must be positive", "@UpSampling2D(size = {2, 0})", "0}");
  }

  @Test
  void aResidualNetworkCompilesToFanOutAndMergeKernels() {
    JavaFileObject source = Networks.source("Residual", """
        @Network(input = @Input(height = 8, width = 8, channels = 1), params = 80 + 584 + 584 + 272)
        public interface Residual {
          @Conv2D(filters = 8, kernelSize = 3, padding = SAME, activation = RELU) Conv2DLayer stem();
          @Conv2D(filters = 8, kernelSize = 3, padding = SAME, activation = RELU) Conv2DLayer a();
          @Conv2D(filters = 8, kernelSize = 3, padding = SAME) Conv2DLayer b();
          @Add(activation = RELU) MergeLayer block1(Conv2DLayer stem, Conv2DLayer b);
          @UpSampling2D(size = {2, 2}) ReshapingLayer up1(MergeLayer block1);
          @ZeroPadding2D(padding = {1, 1}) ReshapingLayer pad();
          @Cropping2D(cropping = {1, 1}) ReshapingLayer crop();
          @Concatenate MergeLayer joined(ReshapingLayer crop, ReshapingLayer up1);
          @Conv2D(filters = 16, kernelSize = 1) Conv2DLayer output();
        }
        """);
    Compilation compilation = Networks.compile(source);
    assertThat(compilation).succeededWithoutWarnings();
    var generated = assertThat(compilation).generatedSourceFile("test.LaminaResidual").contentsAsUtf8String();
    generated.contains("this.aFanOut = new FanOutGradient()");
    generated.contains("aFanOut.accumulate(b.aGradForStem, b.stemOutGrad, false)");
    generated.contains("new MergeKernel(MergeMode.ADD, 2, ActivationFunction.RELU)");
    generated.contains("new ConcatKernel(8, 8)");
    generated.contains("// block1 Add: [N, 8, 8, 8] + [N, 8, 8, 8] -> [N, 8, 8, 8]");
    generated.contains("new MergeLayer(\"joined\", List.of(\"crop\", \"up1\")");
    generated.contains("new ZeroPadding2DKernel(new Margins2D(1, 1, 1, 1))");
    // crop is read by joined alone and writes into its channels; up1 is read twice, so joined copies it
    generated.contains("this.cropOut = Views.channelSlice(joinedOut, 0, 8);");
    generated.contains("this.cropOutGrad = training ? Views.channelSlice(joinedOutGrad, 0, 8) : null;");
    generated.contains("this.joinedIns = new INDArray[] {null, up1Out};");
    generated.contains("this.padGradForUp1 = training ? allocate(\"pad\", n, 16, 16, 8) : null;");
  }
}
