package dev.lamina.processor.compile;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.lamina.processor.testing.Networks;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Valid declarations beyond a flat list of layers: layers inherited from superinterfaces (they come
 * first, each superinterface once), {@code extends Model}, helper default methods, type arguments,
 * nesting.
 */
class InheritanceTest {

  @Test
  void superinterfaceLayersComeFirstAndEachOnce() {
    JavaFileObject stem = Networks.source("Stem", """
        public interface Stem {
          @Conv2D(filters = 8, kernelSize = 3, padding = SAME) Conv2DLayer stem();
        }
        """);
    JavaFileObject left = Networks.source("Left", """
        public interface Left extends Stem {
          @MaxPool(poolSize = 2) PoolingLayer pool();
        }
        """);
    JavaFileObject right = Networks.source("Right", """
        public interface Right extends Stem {
          @Conv2D(filters = 16, kernelSize = 3, padding = SAME) Conv2DLayer conv();
        }
        """);
    JavaFileObject net = Networks.source("Diamond", """
        @Network(input = @Input(height = 8, width = 8, channels = 1), params = 80 + 1_168 + 170)
        public interface Diamond extends Left, Right {
          @GlobalAvgPool PoolingLayer gap();
          @Dense(units = 10, activation = SOFTMAX) DenseLayer output();
        }
        """);
    Compilation compilation = Networks.compile(stem, left, right, net);
    assertThat(compilation).succeededWithoutWarnings();
    String note = Networks.summaryNote(compilation, "Diamond");
    assertThat(note).containsMatch("(?s)stem \\(Conv2D\\).*pool \\(MaxPooling2D\\).*conv \\(Conv2D\\).*"
        + "gap \\(GlobalAveragePooling2D\\).*output \\(Dense\\)");
    assertThat(note).contains("(None, 4, 4, 16)");
  }

  /** Member types of the interface are inherited by the generated class; they must not hide its imports. */
  @Test
  void nestedTypesNamedLikeGeneratedImportsDoNotHideThem() {
    JavaFileObject base = Networks.source("Base", """
        public interface Base {
          class Parameter {}
          class GradientTarget {}
        }
        """);
    JavaFileObject source = Networks.source("N", """
        @Network(input = @Input(height = 8, width = 8, channels = 2))
        public interface N extends Base {
          interface List {}
          class INDArray {}
          class DataType {}
          class String {}
          class Override {}
          class Conv2DKernel {}
          @Conv2D(filters = 2, kernelSize = 3) Layer c();
          @Dropout(rate = 0.5) Layer drop();
          @Flatten Layer flat();
          @Dense(units = 3) Layer d();
        }
        """);
    Compilation compilation = Networks.compile(base, source);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.LaminaN").contentsAsUtf8String()
        .contains("private final java.util.List<Layer> layers;");
  }

  @Test
  void networkMayExtendModelAndHaveHelperMethods() {
    JavaFileObject source = Networks.source("Runnable", """
        @Network(input = @Input(height = 28, width = 28, channels = 1))
        public interface Runnable extends dev.lamina.runtime.Model {
          @Flatten FlattenLayer flatten();
          @Dense(units = 10, activation = SOFTMAX) Layer output();

          default int classes() { return outputShape()[0]; }
          static String describe() { return "a linear classifier"; }
        }
        """);
    Compilation compilation = Networks.compile(source);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(Networks.summaryNote(compilation, "Runnable")).contains("Total params: 7,850 (30.66 KB)");
  }

  @Test
  void typeArgumentsOfASuperinterfaceApply() {
    JavaFileObject head = Networks.source("Head", """
        public interface Head<T extends Layer> {
          @Dense(units = 10, activation = SOFTMAX) T output();
        }
        """);
    JavaFileObject net = Networks.source("Typed", """
        @Network(input = @Input(height = 2, width = 2, channels = 1))
        public interface Typed extends Head<DenseLayer> {
          @Flatten FlattenLayer flatten();
        }
        """);
    Compilation compilation = Networks.compile(head, net);
    assertThat(compilation).hadErrorCount(1);
    // Superinterface layers come first: Dense on the 2x2x1 input, before the Flatten.
    assertThat(compilation).hadErrorContaining("[LaminaMissingFlatten] output: @Dense needs a flat input "
        + "[features]; found 2x2x1 (from the input).").inFile(head).onLine(Networks.line(head, "output()"));
  }

  @Test
  void wrongTypeArgumentOfASuperinterface() {
    JavaFileObject head = Networks.source("Tail", """
        public interface Tail<T extends Layer> {
          @GlobalMaxPool T pool();
        }
        """);
    JavaFileObject net = Networks.source("Mistyped", """
        @Network(input = @Input(height = 2, width = 2, channels = 1))
        public interface Mistyped extends Tail<DenseLayer> {}
        """);
    Compilation compilation = Networks.compile(head, net);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[LaminaReturnType] pool: a @GlobalMaxPool layer returns PoolingLayer "
        + "or Layer (dev.lamina.runtime.layer); found dev.lamina.runtime.layer.DenseLayer.").inFile(head)
        .onLine(Networks.line(head, "pool()"));
  }

  @Test
  void networkNestedInAPublicClass() {
    JavaFileObject source = Networks.source("Zoo", """
        public final class Zoo {
          private Zoo() {}

          @Network(input = @Input(height = 28, width = 28, channels = 1))
          public interface Linear {
            @Flatten FlattenLayer flatten();
            @Dense(units = 10) DenseLayer output();
          }
        }
        """);
    Compilation compilation = Networks.compile(source);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(Networks.summaryNote(compilation, "Zoo.Linear")).contains("Model: \"Linear\"");
  }
}
