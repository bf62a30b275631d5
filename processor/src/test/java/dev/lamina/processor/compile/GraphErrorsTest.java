package dev.lamina.processor.compile;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.lamina.processor.testing.Diagnostics.assertOneError;

import com.google.testing.compile.Compilation;
import dev.lamina.processor.testing.Networks;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Wiring named by parameters: what compiles, and one positioned error for each wrong wiring. */
class GraphErrorsTest {

  @Test
  void parametersNamingTheLayerBeforeCompileAsAChain() {
    JavaFileObject source = Networks.source("Named", """
        @Network(input = @Input(height = 8, width = 8, channels = 1), params = 80 + 2_890)
        public interface Named {
          @Conv2D(filters = 8, kernelSize = 3) Conv2DLayer conv();
          @Flatten FlattenLayer flatten(Conv2DLayer conv);
          @Dense(units = 10) Layer output(Layer flatten);
        }
        """);
    Compilation compilation = Networks.compile(source);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.LaminaNamed").contentsAsUtf8String()
        .contains("List.of(\"conv\")");
  }

  @Test
  void anInputNamingNoLayer() {
    JavaFileObject source = Networks.source("Unknown", """
        @Network(input = @Input(height = 8, width = 8, channels = 1))
        public interface Unknown {
          @Conv2D(filters = 8, kernelSize = 3) Conv2DLayer stem();
          @Flatten FlattenLayer flatten(Conv2DLayer stme);
          @Dense(units = 10) DenseLayer output();
        }
        """);
    assertOneError(source, "[LaminaUnknownInput] flatten: parameter stme names no layer of this network; "
        + "expected the name of a layer declared before flatten (stem). Rename the parameter after the layer it "
        + "reads.", "Conv2DLayer stme", "stme");
  }

  @Test
  void anInputNamingALaterLayer() {
    JavaFileObject source = Networks.source("Later", """
        @Network(input = @Input(height = 8, width = 8, channels = 1))
        public interface Later {
          @Conv2D(filters = 8, kernelSize = 3) Conv2DLayer stem();
          @Conv2D(filters = 8, kernelSize = 3) Conv2DLayer a(Layer b);
          @Conv2D(filters = 8, kernelSize = 3) Conv2DLayer b();
        }
        """);
    assertOneError(source, "[LaminaLaterInput] a: parameter b names a layer declared at or after a; a layer "
        + "reads only earlier layers, so that the network has no cycle. Declare b before a, or read an earlier "
        + "layer.", "Layer b)", "b)");
  }

  @Test
  void aParameterTypeThatCannotHoldTheHandle() {
    JavaFileObject source = Networks.source("Typed", """
        @Network(input = @Input(height = 8, width = 8, channels = 1))
        public interface Typed {
          @Conv2D(filters = 8, kernelSize = 3) Conv2DLayer stem();
          @Flatten FlattenLayer flatten(DenseLayer stem);
          @Dense(units = 10) DenseLayer output();
        }
        """);
    assertOneError(source, "[LaminaInputType] flatten: parameter stem has type dev.lamina.runtime.layer.DenseLayer, "
        + "which cannot hold the handle of layer stem (dev.lamina.runtime.layer.Conv2DLayer). Declare the "
        + "parameter as Conv2DLayer or Layer.", "DenseLayer stem)", "stem)");
  }

  @Test
  void aOneInputLayerWithTwoInputs() {
    JavaFileObject source = Networks.source("Two", """
        @Network(input = @Input(height = 8, width = 8, channels = 1))
        public interface Two {
          @Conv2D(filters = 8, kernelSize = 3) Conv2DLayer a();
          @Conv2D(filters = 8, kernelSize = 3) Conv2DLayer b();
          @Flatten FlattenLayer flatten(Layer a, Layer b);
        }
        """);
    assertOneError(source, "[LaminaInputCount] flatten: @Flatten reads one input; found 2 (a, b). Keep one "
        + "parameter.", "@Flatten FlattenLayer flatten(", "@Flatten");
  }

  @Test
  void aDeadBranch() {
    JavaFileObject source = Networks.source("Dead", """
        @Network(input = @Input(height = 8, width = 8, channels = 1))
        public interface Dead {
          @Conv2D(filters = 8, kernelSize = 3) Conv2DLayer stem();
          @Conv2D(filters = 4, kernelSize = 1) Conv2DLayer side();
          @Flatten FlattenLayer flatten(Layer stem);
          @Dense(units = 10) DenseLayer output();
        }
        """);
    assertOneError(source, "[LaminaDeadBranch] side: no layer reads its output and it is not the network's "
        + "output (output, the last layer), so it would never train. Pass it as a parameter to a later layer, or "
        + "remove it.", "Conv2DLayer side()", "@Conv2D");
  }

  @Test
  void anInputNamingAHelperMethodNamesNoLayer() {
    JavaFileObject source = Networks.source("Helper", """
        @Network(input = @Input(height = 8, width = 8, channels = 1))
        public interface Helper {
          @Conv2D(filters = 8, kernelSize = 3) Conv2DLayer stem();
          @Flatten FlattenLayer flatten(Layer helper);
          default Layer helper() {
            return stem();
          }
        }
        """);
    assertOneError(source, "[LaminaUnknownInput] flatten: parameter helper names no layer of this network",
        "Layer helper)", "helper)");
  }

  @Test
  void anInputNamingABrokenLayerMethodIsNotReportedTwice() {
    JavaFileObject source = Networks.source("Broken", """
        @Network(input = @Input(height = 8, width = 8, channels = 1))
        public interface Broken {
          @Conv2D(filters = 8, kernelSize = 3) Conv2DLayer stem(int size);
          @Flatten FlattenLayer flatten(Layer stem);
        }
        """);
    assertOneError(source, "[LaminaMethodParameters] stem:", "stem(int size)", "stem(");
  }
}
