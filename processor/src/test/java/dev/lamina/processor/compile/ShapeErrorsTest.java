package dev.lamina.processor.compile;

import static com.google.common.truth.Truth.assertThat;
import static dev.lamina.processor.testing.Diagnostics.assertOneError;

import com.google.testing.compile.Compilation;
import dev.lamina.processor.testing.Networks;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Shape errors: each lands on the value that causes it, says what was expected and found, and how to fix it. */
class ShapeErrorsTest {

  @Test
  void kernelLargerThanInput() {
    JavaFileObject source = Networks.source("Tiny", """
        @Network(input = @Input(height = 5, width = 5, channels = 1))
        public interface Tiny {
          @Conv2D(filters = 8, kernelSize = 7) Conv2DLayer conv();
          @Flatten FlattenLayer flatten();
        }
        """);
    assertOneError(source, "[LaminaWindowTooLarge] conv: @Conv2D kernelSize 7x7 does not fit its 5x5x1 input: "
        + "with padding VALID the output height is floor((5 - 7) / 1) + 1 = -1. Expected a kernelSize of at most "
        + "5x5, or padding = SAME; found kernelSize = 7.", "conv()", "7");
  }

  @Test
  void tooWideKernelPointsAtItsWidth() {
    JavaFileObject source = Networks.source("Wide", """
        @Network(input = @Input(height = 8, width = 8, channels = 3))
        public interface Wide {
          @Conv2D(filters = 8, kernelSize = {3, 9}) Conv2DLayer conv();
        }
        """);
    assertOneError(source, "[LaminaWindowTooLarge] conv: @Conv2D kernelSize 3x9 does not fit its 8x8x3 input: "
        + "with padding VALID the output width is floor((8 - 9) / 1) + 1 = 0. Expected a kernelSize of at most 8x8",
        "conv()", "9}");
  }

  @Test
  void dilatedKernelLargerThanInput() {
    JavaFileObject source = Networks.source("Dilated", """
        @Network(input = @Input(height = 8, width = 8, channels = 1))
        public interface Dilated {
          @Conv2D(filters = 4, kernelSize = 3, dilationRate = 4) Conv2DLayer conv();
        }
        """);
    assertOneError(source, "conv: @Conv2D kernelSize 3x3 (dilated to 9x9) does not fit its 8x8x1 input: with "
        + "padding VALID the output height is floor((8 - 9) / 1) + 1 = 0. Expected a kernelSize of at most 2x2, "
        + "or padding = SAME; found kernelSize = 3.", "conv()", "3,");
  }

  @Test
  void hugeDilationWithValidPaddingPointsAtTheDilation() {
    JavaFileObject source = Networks.source("N", """
        @Network(input = @Input(height = 8, width = 8, channels = 2))
        public interface N {
          @Conv2D(filters = 2, kernelSize = 3, dilationRate = 1_500_000_000) Layer c();
          @Flatten Layer flat();
          @Dense(units = 3) Layer d();
        }
        """);
    assertOneError(source, "[LaminaDilationTooLarge] c: @Conv2D dilationRate 1500000000x1500000000 on input 8x8x2 "
        + "spaces the kernel's taps at least the input height apart, so each output reads at most one input row per "
        + "kernel axis and the other taps fall outside the input. Expected a dilationRate below the input height, at "
        + "most 7; found dilationRate = 1500000000. Use a smaller dilationRate, or dilationRate = 1.", "c()",
        "1_500");
  }

  @Test
  void hugeDilationWithSamePaddingPointsAtTheDilation() {
    JavaFileObject source = Networks.source("N", """
        @Network(input = @Input(height = 8, width = 8, channels = 2))
        public interface N {
          @Conv2D(filters = 2, kernelSize = 3, dilationRate = 1_500_000_000, padding = SAME) Layer c();
          @Flatten Layer flat();
          @Dense(units = 3) Layer d();
        }
        """);
    assertOneError(source, "[LaminaDilationTooLarge] c: @Conv2D dilationRate 1500000000x1500000000 on input 8x8x2 ",
        "c()", "1_500");
  }

  @Test
  void dilationAsLargeAsTheInputWidthPointsAtItsWidth() {
    JavaFileObject source = Networks.source("N", """
        @Network(input = @Input(height = 8, width = 8, channels = 2))
        public interface N {
          @SeparableConv2D(filters = 2, kernelSize = 3, dilationRate = {2, 8}, padding = SAME) Layer s();
          @Flatten Layer flat();
          @Dense(units = 3) Layer d();
        }
        """);
    assertOneError(source, "[LaminaDilationTooLarge] s: @SeparableConv2D dilationRate 2x8 on input 8x8x2 spaces the "
        + "kernel's taps at least the input width apart, so each output reads at most one input column per kernel "
        + "axis and the other taps fall outside the input. Expected a dilationRate below the input width, at most 7; "
        + "found dilationRate = {2, 8}.", "s()", "8}");
  }

  @Test
  void dilationOfASingleTapKernelIsNoError() {
    JavaFileObject source = Networks.source("N", """
        @Network(input = @Input(height = 1, width = 1, channels = 1))
        public interface N {
          @Conv2D(filters = 2, kernelSize = 1, dilationRate = 2) Layer c();
          @Flatten Layer flat();
          @Dense(units = 3) Layer d();
        }
        """);
    com.google.testing.compile.CompilationSubject.assertThat(Networks.compile(source)).succeeded();
  }

  @Test
  void dilationOnATwoPixelInputAsksForDilationOne() {
    JavaFileObject source = Networks.source("N", """
        @Network(input = @Input(height = 2, width = 8, channels = 1))
        public interface N {
          @Conv2D(filters = 2, kernelSize = 3, dilationRate = 2, padding = SAME) Layer c();
          @Flatten Layer flat();
          @Dense(units = 3) Layer d();
        }
        """);
    assertOneError(source, "[LaminaDilationTooLarge] c: @Conv2D dilationRate 2x2 on input 2x8x1 spaces the kernel's"
        + " taps at least the input height apart, so each output reads at most one input row per kernel axis and the"
        + " other taps fall outside the input. Expected dilationRate = 1 on an input height of 2; found dilationRate"
        + " = 2. Use a smaller dilationRate, or dilationRate = 1.", "c()", "2, padding");
  }

  @Test
  void depthwiseDilationIsCheckedAgainstItsOwnInput() {
    JavaFileObject source = Networks.source("N", """
        @Network(input = @Input(height = 8, width = 8, channels = 2))
        public interface N {
          @MaxPool(poolSize = 2) Layer pool();
          @DepthwiseConv2D(kernelSize = 2, dilationRate = 4, padding = SAME) Layer dw();
          @Flatten Layer flat();
          @Dense(units = 3) Layer d();
        }
        """);
    assertOneError(source, "[LaminaDilationTooLarge] dw: @DepthwiseConv2D dilationRate 4x4 on input 4x4x2 ", "dw()",
        "4,");
  }

  @Test
  void dilatedKernelExtentBeyondIntPointsAtTheDilation() {
    JavaFileObject source = Networks.source("N", """
        @Network(input = @Input(height = 100000, width = 1, channels = 1))
        public interface N {
          @Conv2D(filters = 1, kernelSize = {30000, 1}, dilationRate = {99999, 1}) Layer c();
          @Flatten Layer flat();
          @Dense(units = 3) Layer d();
        }
        """);
    assertOneError(source, "[LaminaTooLarge] c: @Conv2D on input 100000x1x1 gives a dilated kernel height of "
        + "dilationRate * (kernelSize - 1) + 1 = 99999 * (30000 - 1) + 1 = 2999870002, more than Java arrays hold",
        "c()", "99999");
  }

  @Test
  void poolLargerThanInputWithDefaultPoolSizePointsAtTheAnnotation() {
    JavaFileObject source = Networks.source("SmallPool", """
        @Network(input = @Input(height = 3, width = 3, channels = 1))
        public interface SmallPool {
          @Conv2D(filters = 4, kernelSize = 3) Conv2DLayer conv();
          @AvgPool PoolingLayer pool();
        }
        """);
    assertOneError(source, "[LaminaWindowTooLarge] pool: @AvgPool poolSize 2x2 does not fit its 1x1x4 input",
        "pool()", "@AvgPool");
  }

  @Test
  void convolutionAfterFlatten() {
    JavaFileObject source = Networks.source("ConvAfterFlatten", """
        @Network(input = @Input(height = 28, width = 28, channels = 1))
        public interface ConvAfterFlatten {
          @Flatten FlattenLayer flatten();
          @Conv2D(filters = 8, kernelSize = 3) Conv2DLayer conv();
        }
        """);
    assertOneError(source, "[LaminaSpatialAfterFlat] conv: @Conv2D needs an input [height, width, channels], but "
        + "it follows flatten (@Flatten), whose output is flat [784]. Convolution and pooling layers come before "
        + "@Flatten and @Dense: move this layer up, or remove the flattening.", "conv()", "@Conv2D");
  }

  @Test
  void poolingAfterDense() {
    JavaFileObject source = Networks.source("PoolAfterDense", """
        @Network(input = @Input(height = 28, width = 28, channels = 1))
        public interface PoolAfterDense {
          @Flatten FlattenLayer flatten();
          @Dense(units = 64) DenseLayer hidden();
          @Dropout(rate = 0.5) DropoutLayer dropout();
          @MaxPool(poolSize = 2) PoolingLayer pool();
        }
        """);
    assertOneError(source, "[LaminaSpatialAfterFlat] pool: @MaxPool needs an input [height, width, channels], but "
        + "it follows dropout (@Dropout), whose output is flat [64].", "pool()", "@MaxPool");
  }

  @Test
  void secondFlatten() {
    JavaFileObject source = Networks.source("TwoFlattens", """
        @Network(input = @Input(height = 4, width = 4, channels = 2))
        public interface TwoFlattens {
          @Flatten FlattenLayer flatten();
          @Flatten FlattenLayer again();
        }
        """);
    assertOneError(source, "[LaminaAlreadyFlat] again: @Flatten needs an input [height, width, channels], but it "
        + "follows flatten (@Flatten), whose output is already flat [32]. Remove this @Flatten.", "again()", "@Flatten");
  }

  @Test
  void denseWithoutFlatten() {
    JavaFileObject source = Networks.source("NoFlatten", """
        @Network(input = @Input(height = 28, width = 28, channels = 1))
        public interface NoFlatten {
          @Conv2D(filters = 8, kernelSize = 3) Conv2DLayer conv();
          @Dense(units = 10, activation = SOFTMAX) DenseLayer output();
        }
        """);
    assertOneError(source, "[LaminaMissingFlatten] output: @Dense needs a flat input [features]; found 26x26x8 "
        + "(from conv). Add a @Flatten (or @GlobalAvgPool) layer before it.", "output()", "@Dense");
  }

  @Test
  void denseOnTheInput() {
    JavaFileObject source = Networks.source("DenseFirst", """
        @Network(input = @Input(height = 28, width = 28, channels = 1))
        public interface DenseFirst {
          @Dense(units = 10) DenseLayer output();
        }
        """);
    assertOneError(source, "[LaminaMissingFlatten] output: @Dense needs a flat input [features]; found 28x28x1 "
        + "(from the input).", "output()", "@Dense");
  }

  @Test
  void outputTooLargeForJavaArrays() {
    JavaFileObject source = Networks.source("Huge", """
        @Network(input = @Input(height = 1000, width = 1000, channels = 1))
        public interface Huge {
          @Conv2D(filters = 4096, kernelSize = 1) Conv2DLayer conv();
        }
        """);
    assertOneError(source, "[LaminaTooLarge] conv: @Conv2D on input 1000x1000x1 gives an output of 1000x1000x4096 = "
        + "4096000000 values, more than Java arrays hold", "conv()", "@Conv2D");
  }

  @Test
  void parameterTensorTooLarge() {
    JavaFileObject source = Networks.source("HugeDense", """
        @Network(input = @Input(height = 256, width = 256, channels = 64))
        public interface HugeDense {
          @Flatten FlattenLayer flatten();
          @Dense(units = 1024) DenseLayer dense();
        }
        """);
    assertOneError(source, "[LaminaTooLarge] dense: @Dense on input 4194304 gives a kernel tensor [4194304, 1024] "
        + "of 4294967296 values", "dense()", "@Dense");
  }

  @Test
  void outputShapeMismatchPointsAtTheExpectedShape() {
    JavaFileObject source = Networks.source("Expect", """
        @Network(input = @Input(height = 28, width = 28, channels = 1))
        public interface Expect {
          @Conv2D(filters = 32, kernelSize = 3) @OutputShape({28, 28, 32}) Conv2DLayer conv();
        }
        """);
    assertOneError(source, "[LaminaOutputShape] conv: @OutputShape expects [28, 28, 32]; found [26, 26, 32] "
        + "(input 28x28x1). Fix the layer's attributes or the expected shape.", "conv()", "{28, 28, 32}");
  }

  @Test
  void declaredParamsMismatchShowsTheTable() {
    JavaFileObject source = Networks.source("Counted", """
        @Network(input = @Input(height = 28, width = 28, channels = 1), params = 1_000)
        public interface Counted {
          @Conv2D(filters = 32, kernelSize = 3, padding = SAME) Conv2DLayer conv();
          @GlobalAvgPool PoolingLayer pool();
          @Dense(units = 10) DenseLayer output();
        }
        """);
    Compilation compilation = assertOneError(source, "[LaminaParamCount] Counted declares params = 1,000 but its "
        + "layers have 650 parameters (-350). Fix the layers or the declared total. Per layer:",
        "params = 1_000", "1_000");
    String error = Networks.text(compilation.errors().get(0));
    assertThat(error).contains("Per layer:\nModel: \"Counted\"\n");
    assertThat(error).contains("\n conv (Conv2D)                  (None, 28, 28, 32)        320       225,792\n");
    assertThat(error).contains("\n pool (GlobalAveragePooling2D)  (None, 32)                0         0\n");
    assertThat(error).contains("\n output (Dense)                 (None, 10)                330       320\n");
    assertThat(error).contains("Total params: 650 (2.54 KB)");
  }

  @Test
  void oneMistakeGivesOneErrorEvenWhenLaterLayersWouldFailToo() {
    JavaFileObject source = Networks.source("Cascade", """
        @Network(input = @Input(height = 4, width = 4, channels = 1))
        public interface Cascade {
          @Conv2D(filters = 8, kernelSize = 5) Conv2DLayer conv();
          @MaxPool(poolSize = 2) PoolingLayer pool();
          @Dense(units = 10) @OutputShape(5) DenseLayer output();
        }
        """);
    assertOneError(source, "[LaminaWindowTooLarge] conv:", "conv()", "5)");
  }
}
