package dev.lamina.processor.compile;

import static dev.lamina.processor.testing.Diagnostics.assertOneError;

import dev.lamina.processor.testing.Networks;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Values that are wrong whatever the input: each error points at the value as written (the array
 * element when one element of {@code {height, width}} is wrong) and says how to fix it.
 */
class AttributeErrorsTest {

  /** A network on a 28x28x1 input whose only layer is {@code layer}. */
  private static JavaFileObject oneLayer(String layer) {
    return Networks.source("OneLayer", """
        @Network(input = @Input(height = 28, width = 28, channels = 1))
        public interface OneLayer {
          %s
        }
        """.formatted(layer));
  }

  @Test
  void zeroFilters() {
    assertOneError(oneLayer("@Conv2D(filters = 0, kernelSize = 3) Conv2DLayer conv();"),
        "[LaminaInvalidValue] conv: filters must be positive; found filters = 0. Use filters >= 1.", "conv()", "0,");
  }

  @Test
  void negativeUnits() {
    assertOneError(oneLayer("@GlobalMaxPool PoolingLayer pool(); @Dense(units = -10) DenseLayer dense();"),
        "[LaminaInvalidValue] dense: units must be positive; found units = -10. Use units >= 1.", "dense()", "-10");
  }

  @Test
  void oneWrongKernelSizeElement() {
    assertOneError(oneLayer("@SeparableConv2D(filters = 8, kernelSize = {3, 0}) SeparableConv2DLayer conv();"),
        "[LaminaInvalidValue] conv: kernelSize's width must be positive; found kernelSize = {3, 0}. Use values >= 1.",
        "conv()", "0}");
  }

  @Test
  void zeroStrides() {
    assertOneError(oneLayer("@DepthwiseConv2D(kernelSize = 3, strides = 0) DepthwiseConv2DLayer conv();"),
        "[LaminaInvalidValue] conv: strides must be positive; found strides = 0. Use strides >= 1.", "conv()", "0)");
  }

  @Test
  void zeroDilation() {
    assertOneError(oneLayer("@Conv2D(filters = 4, kernelSize = 3, dilationRate = 0) Conv2DLayer conv();"),
        "[LaminaInvalidValue] conv: dilationRate must be positive; found dilationRate = 0.", "conv()", "0)");
  }

  @Test
  void dilationWithStrides() {
    assertOneError(oneLayer("@Conv2D(filters = 4, kernelSize = 3, strides = 2, dilationRate = 2) Conv2DLayer conv();"),
        "[LaminaDilationStrides] conv: dilationRate = 2 needs strides = 1 (Keras allows one or the other above 1); "
            + "found strides = 2. Use strides = 1 or dilationRate = 1.", "conv()", "2)");
  }

  @Test
  void zeroDepthMultiplier() {
    assertOneError(oneLayer("@DepthwiseConv2D(kernelSize = 3, depthMultiplier = 0) DepthwiseConv2DLayer conv();"),
        "[LaminaInvalidValue] conv: depthMultiplier must be positive; found depthMultiplier = 0.", "conv()", "0)");
  }

  @Test
  void zeroPoolSizeIsOneErrorThoughStridesDefaultToIt() {
    assertOneError(oneLayer("@MaxPool(poolSize = 0) PoolingLayer pool();"),
        "[LaminaInvalidValue] pool: poolSize must be positive; found poolSize = 0. Use poolSize >= 1.", "pool()", "0)");
  }

  @Test
  void threeKernelSizeValues() {
    assertOneError(oneLayer("@Conv2D(filters = 4, kernelSize = {3, 3, 3}) Conv2DLayer conv();"),
        "[LaminaPairLength] conv: kernelSize takes one value or {height, width}; found 3 values [3, 3, 3]. "
            + "Write kernelSize = 3 or kernelSize = {3, 3}.", "conv()", "{3, 3, 3}");
  }

  @Test
  void noKernelSizeValues() {
    assertOneError(oneLayer("@Conv2DTranspose(filters = 4, kernelSize = {}) Conv2DTransposeLayer up();"),
        "[LaminaPairLength] up: kernelSize takes one value or {height, width}; found 0 values []", "up()", "{}");
  }

  @Test
  void dropoutRateOfOne() {
    assertOneError(oneLayer("@Dropout(rate = 1.0) DropoutLayer dropout();"),
        "[LaminaInvalidValue] dropout: rate must be in [0, 1); found rate = 1.0. Use a fraction such as rate = 0.5.",
        "dropout()", "1.0");
  }

  @Test
  void momentumAboveOne() {
    assertOneError(oneLayer("@BatchNorm(momentum = 1.5) BatchNormLayer norm();"),
        "[LaminaInvalidValue] norm: momentum must be in [0, 1); found momentum = 1.5. Keras's default is "
            + "momentum = 0.99.", "norm()", "1.5");
  }

  @Test
  void zeroEpsilon() {
    assertOneError(oneLayer("@BatchNorm(epsilon = 0) BatchNormLayer norm();"),
        "[LaminaInvalidValue] norm: epsilon must be positive and finite; found epsilon = 0.0.", "norm()", "0)");
  }

  @Test
  void zeroInputHeight() {
    JavaFileObject source = Networks.source("NoRows", """
        @Network(input = @Input(height = 0, width = 28, channels = 1))
        public interface NoRows {
          @Flatten FlattenLayer flatten();
        }
        """);
    assertOneError(source, "[LaminaInvalidValue] NoRows input: height must be positive; found height = 0. "
        + "Use height >= 1.", "@Network", "0,");
  }

  @Test
  void negativeDeclaredParams() {
    JavaFileObject source = Networks.source("Negative", """
        @Network(input = @Input(height = 28, width = 28, channels = 1), params = -5)
        public interface Negative {
          @Flatten FlattenLayer flatten();
        }
        """);
    assertOneError(source, "[LaminaInvalidValue] Negative: params must be a parameter count >= 0; found "
        + "params = -5. Write the total Keras's summary shows, or leave params out.", "@Network", "-5");
  }

  @Test
  void outputShapeOfTwoValues() {
    assertOneError(oneLayer("@Conv2D(filters = 4, kernelSize = 3) @OutputShape({26, 26}) Conv2DLayer conv();"),
        "[LaminaInvalidValue] conv: @OutputShape must be {height, width, channels} or {units}; found [26, 26].",
        "conv()", "{26, 26}");
  }

  @Test
  void outputShapeWithZeroPointsAtTheZero() {
    assertOneError(oneLayer("@Conv2D(filters = 4, kernelSize = 3) @OutputShape({26, 0, 4}) Conv2DLayer conv();"),
        "[LaminaInvalidValue] conv: every @OutputShape value must be positive; found [26, 0, 4]. Use sizes >= 1.",
        "conv()", "0, 4}");
  }
}
