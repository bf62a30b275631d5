package dev.lamina.processor.compile;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.lamina.processor.testing.Diagnostics.assertOneError;

import com.google.testing.compile.Compilation;
import dev.lamina.processor.testing.Networks;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Every independent mistake is reported in one compilation; one mistake is reported once. */
class MultipleErrorsTest {

  @Test
  void independentMistakesAreAllReported() {
    JavaFileObject source = Networks.source("Many", """
        @Network(input = @Input(height = 28, width = 28, channels = 1))
        public interface Many {
          @Conv2D(filters = 0, kernelSize = 3) Conv2DLayer conv1();
          @Conv2D(filters = 8, kernelSize = {3, -1}) Conv2DLayer conv2();
          @MaxPool(poolSize = 2) Conv2DLayer pool();
          @Flatten FlattenLayer flatten();
          @Dense(units = 0) DenseLayer hidden();
          @Dropout(rate = 2) DropoutLayer dropout();
          @Dense(units = 10, activation = SOFTMAX) DenseLayer output();
        }
        """);
    Compilation compilation = Networks.compile(source);
    assertThat(compilation).hadErrorCount(5);
    assertErrorOn(compilation, source, "[LaminaInvalidValue] conv1: filters", "conv1()", "0,");
    assertErrorOn(compilation, source, "[LaminaInvalidValue] conv2: kernelSize's width", "conv2()", "-1");
    assertErrorOn(compilation, source, "[LaminaReturnType] pool:", "pool()", "pool()");
    assertErrorOn(compilation, source, "[LaminaInvalidValue] hidden: units", "hidden()", "0)");
    assertErrorOn(compilation, source, "[LaminaInvalidValue] dropout: rate", "dropout()", "2)");
    // Reported in source order, though the return type is found before shapes are checked.
    assertThat(compilation.errors().stream().map(Diagnostic::getLineNumber).toList()).isInStrictOrder();
  }

  @Test
  void mistakesInSeveralNetworksAreAllReported() {
    JavaFileObject first = Networks.source("First", """
        @Network(input = @Input(height = 28, width = 28, channels = 1))
        public interface First {
          @Dense(units = 10) DenseLayer output();
        }
        """);
    JavaFileObject second = Networks.source("Second", """
        @Network(input = @Input(height = 28, width = 28, channels = 1), params = 1)
        public interface Second {
          @Flatten FlattenLayer flatten();
          @Dense(units = 10) DenseLayer output();
        }
        """);
    Compilation compilation = Networks.compile(first, second);
    assertThat(compilation).hadErrorCount(2);
    assertErrorOn(compilation, first, "[LaminaMissingFlatten] output:", "output()", "@Dense");
    assertErrorOn(compilation, second, "[LaminaParamCount] Second declares params = 1", "params = 1", "1)");
  }

  @Test
  void aBrokenMethodStopsShapeCheckingAfterIt() {
    JavaFileObject source = Networks.source("Gap", """
        @Network(input = @Input(height = 28, width = 28, channels = 1))
        public interface Gap {
          @Conv2D(filters = 8, kernelSize = 3) Conv2DLayer conv();
          @Flatten FlattenLayer flatten(int size);
          @Dense(units = 10) DenseLayer output();
        }
        """);
    assertOneError(source, "[LaminaMethodParameters] flatten:", "flatten(", "flatten(");
  }

  @Test
  void anUnreadableValueStopsShapeCheckingAfterIt() {
    JavaFileObject source = Networks.source("Unreadable", """
        @Network(input = @Input(height = 28, width = 28, channels = 1))
        public interface Unreadable {
          @Conv2D(filters = 8, kernelSize = {3, 3, 3}) Conv2DLayer conv();
          @MaxPool(poolSize = 27) PoolingLayer pool();
        }
        """);
    assertOneError(source, "[LaminaPairLength] conv:", "conv()", "{3, 3, 3}");
  }

  @Test
  void attributesAreCheckedEvenWhenTheInputIsInvalid() {
    JavaFileObject source = Networks.source("BadInput", """
        @Network(input = @Input(height = 28, width = -28, channels = 1))
        public interface BadInput {
          @Conv2D(filters = 0, kernelSize = 3) Conv2DLayer conv();
        }
        """);
    Compilation compilation = Networks.compile(source);
    assertThat(compilation).hadErrorCount(2);
    assertErrorOn(compilation, source, "[LaminaInvalidValue] BadInput input: width", "@Network", "-28");
    assertErrorOn(compilation, source, "[LaminaInvalidValue] conv: filters", "conv()", "0,");
  }

  private static void assertErrorOn(Compilation compilation, JavaFileObject source, String message, String line,
      String value) {
    assertThat(compilation).hadErrorContaining(message).inFile(source).onLine(Networks.line(source, line))
        .atColumn(Networks.column(source, line, value));
  }
}
