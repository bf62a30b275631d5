package dev.lamina.processor.compile;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.lamina.processor.testing.Diagnostics.assertOneWarning;

import com.google.testing.compile.Compilation;
import dev.lamina.processor.testing.Networks;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Legal but lossy or probably unintended declarations: warnings, silenced by {@code @SuppressWarnings("lamina")}. */
class WarningsTest {

  private static JavaFileObject pool7x7(String suppression) {
    return Networks.source("Pool7", """
        @Network(input = @Input(height = 7, width = 7, channels = 4))
        public interface Pool7 {
          %s@MaxPool(poolSize = 2) PoolingLayer pool();
        }
        """.formatted(suppression));
  }

  @Test
  void validPoolThatDropsARow() {
    assertOneWarning(pool7x7(""), "[LaminaValidDrops] pool: @MaxPool 2x2, strides 2x2, VALID on input 7x7x4 never "
        + "reads the last 1 row(s) and 1 column(s) (output 3x3). Use padding = SAME to keep them, or add "
        + "@SuppressWarnings(\"lamina\") to the method.", "pool()", "@MaxPool");
  }

  @Test
  void explicitValidPaddingIsWhereTheWarningPoints() {
    JavaFileObject source = Networks.source("StridedConv", """
        @Network(input = @Input(height = 8, width = 9, channels = 1))
        public interface StridedConv {
          @Conv2D(filters = 4, kernelSize = 3, strides = 2, padding = VALID) Conv2DLayer conv();
        }
        """);
    assertOneWarning(source, "[LaminaValidDrops] conv: @Conv2D 3x3, strides 2x2, VALID on input 8x9x1 never reads "
        + "the last 1 row(s) and 0 column(s) (output 3x4).", "conv()", "VALID");
  }

  @Test
  void suppressedOnTheMethod() {
    assertThat(Networks.compile(pool7x7("@SuppressWarnings(\"lamina\") "))).succeededWithoutWarnings();
  }

  @Test
  void suppressedOnTheInterface() {
    JavaFileObject source = Networks.source("Quiet", """
        @SuppressWarnings({"unchecked", "lamina"})
        @Network(input = @Input(height = 7, width = 7, channels = 4))
        public interface Quiet {
          @MaxPool(poolSize = 2) PoolingLayer pool();
          @Flatten FlattenLayer flatten();
          @Dense(units = 10, activation = SOFTMAX) DenseLayer hidden();
          @Dense(units = 10, activation = SOFTMAX) DenseLayer output();
        }
        """);
    assertThat(Networks.compile(source)).succeededWithoutWarnings();
  }

  @Test
  void suppressionOfAnotherKeyKeepsTheWarning() {
    assertOneWarning(pool7x7("@SuppressWarnings(\"unchecked\") "), "[LaminaValidDrops] pool:", "pool()", "@MaxPool");
  }

  @Test
  void softmaxOnAHiddenDenseLayer() {
    JavaFileObject source = Networks.source("Hidden", """
        @Network(input = @Input(height = 4, width = 4, channels = 1))
        public interface Hidden {
          @Flatten FlattenLayer flatten();
          @Dense(units = 32, activation = SOFTMAX) DenseLayer hidden();
          @Dense(units = 10, activation = SOFTMAX) DenseLayer output();
        }
        """);
    assertOneWarning(source, "[LaminaHiddenSoftmax] hidden: activation SOFTMAX on a hidden layer squashes its "
        + "features into probabilities that sum to 1 before output. Expected SOFTMAX only on the last layer; use "
        + "RELU, SELU or another activation here, or add @SuppressWarnings(\"lamina\") to the method.",
        "hidden()", "SOFTMAX");
  }

  @Test
  void softmaxActivationLayerBeforeTheLast() {
    JavaFileObject source = Networks.source("HiddenActivation", """
        @Network(input = @Input(height = 4, width = 4, channels = 1))
        public interface HiddenActivation {
          @Conv2D(filters = 4, kernelSize = 3) Conv2DLayer conv();
          @Activation(SOFTMAX) ActivationLayer softmax();
          @GlobalAvgPool PoolingLayer pool();
        }
        """);
    assertOneWarning(source, "[LaminaHiddenSoftmax] softmax: activation SOFTMAX on a hidden layer", "softmax()",
        "SOFTMAX");
  }

  @Test
  void softmaxOnTheLastLayerIsFine() {
    JavaFileObject source = Networks.source("Classifier", """
        @Network(input = @Input(height = 4, width = 4, channels = 1))
        public interface Classifier {
          @Flatten FlattenLayer flatten();
          @Dense(units = 10, activation = SOFTMAX) DenseLayer output();
        }
        """);
    assertThat(Networks.compile(source)).succeededWithoutWarnings();
  }

  @Test
  void layerAnnotationsOfAnInterfaceNoNetworkExtends() {
    JavaFileObject source = Networks.source("Backbone", """
        public interface Backbone {
          @Conv2D(filters = 8, kernelSize = 3) Conv2DLayer conv();
        }
        """);
    assertOneWarning(source, "[LaminaOrphanLayer] @Conv2D on conv() has no effect: Backbone is neither annotated "
        + "@Network nor extended by a @Network interface in this compilation. Add @Network(input = ...) to it, or "
        + "add @SuppressWarnings(\"lamina\") when a network compiled elsewhere extends it.", "conv()", "@Conv2D");
  }

  @Test
  void orphanWarningSuppressed() {
    JavaFileObject source = Networks.source("Backbone", """
        @SuppressWarnings("lamina")
        public interface Backbone {
          @Conv2D(filters = 8, kernelSize = 3) Conv2DLayer conv();
        }
        """);
    assertThat(Networks.compile(source)).succeededWithoutWarnings();
  }

  @Test
  void activationsOfOneExampleAboveOneGibibyte() {
    JavaFileObject source = Networks.source("Wide", """
        @Network(input = @Input(height = 16384, width = 16384, channels = 1))
        public interface Wide {
          @Conv2D(filters = 1, kernelSize = 1) Conv2DLayer conv();
        }
        """);
    assertOneWarning(source, "[LaminaLargeActivations] Wide: one example's activations take 2.00 GB (536,870,912 "
        + "float32 values over the input and every layer's output), more than 1.00 GB; a training step keeps about "
        + "four arrays of that size per example (values, pre-activations and their gradients), so a batch of 32 "
        + "needs about 256.00 GB. Expected a network that fits a machine's memory; reduce the input or the feature "
        + "maps (strides, pooling, fewer filters), or add @SuppressWarnings(\"lamina\") to the interface.",
        "@Network", "@Input");
  }

  @Test
  void activationsJustBelowOneGibibyteDoNotWarn() {
    // 16384 x 8192 x 1 in and out: 268,435,456 values, exactly 1 GiB in float32.
    JavaFileObject source = Networks.source("Half", """
        @Network(input = @Input(height = 16384, width = 8192, channels = 1))
        public interface Half {
          @Conv2D(filters = 1, kernelSize = 1) Conv2DLayer conv();
        }
        """);
    assertThat(Networks.compile(source)).succeededWithoutWarnings();
  }

  @Test
  void multiplyAccumulatesThatOverflowALongAreReportedTooLarge() {
    JavaFileObject source = Networks.source("Overflow", """
        @SuppressWarnings("lamina")
        @Network(input = @Input(height = 46340, width = 46340, channels = 1))
        public interface Overflow {
          @Conv2D(filters = 1, kernelSize = 46340, padding = SAME) Conv2DLayer a();
          @Conv2D(filters = 1, kernelSize = 46340, padding = SAME) Conv2DLayer b();
          @Conv2D(filters = 1, kernelSize = 46340, padding = SAME) Conv2DLayer c();
        }
        """);
    Compilation compilation = Networks.compile(source);
    assertThat(compilation).succeededWithoutWarnings();
    String note = Networks.summaryNote(compilation, "Overflow");
    org.junit.jupiter.api.Assertions.assertTrue(
        note.contains("MACs per example: TOO_LARGE (over 9,223,372,036,854,775,806)"), note);
    org.junit.jupiter.api.Assertions.assertFalse(note.matches("(?s).*-\\d.*"), note);
  }
}
