package dev.lamina.processor.compile;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.lamina.processor.testing.Diagnostics.assertOneError;

import com.google.testing.compile.Compilation;
import dev.lamina.processor.testing.Networks;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Declarations the processor cannot turn into a network: one precise error each. */
class DeclarationErrorsTest {

  @Test
  void classInsteadOfInterface() {
    JavaFileObject source = Networks.source("Cnn", """
        @Network(input = @Input(height = 28, width = 28, channels = 1))
        public abstract class Cnn {
          @Flatten abstract FlattenLayer flatten();
        }
        """);
    assertOneError(source, "[LaminaNotInterface] @Network goes on an interface; found class Cnn. Declare it as "
        + "'public interface Cnn'.", "@Network");
  }

  @Test
  void recordInsteadOfInterface() {
    JavaFileObject source = Networks.source("Cnn", """
        @Network(input = @Input(height = 28, width = 28, channels = 1))
        public record Cnn(int size) {}
        """);
    assertOneError(source, "[LaminaNotInterface] @Network goes on an interface; found record Cnn.", "@Network");
  }

  @Test
  void genericInterface() {
    JavaFileObject source = Networks.source("Generic", """
        @Network(input = @Input(height = 28, width = 28, channels = 1))
        public interface Generic<T, U> {
          @Flatten FlattenLayer flatten();
        }
        """);
    assertOneError(source, "[LaminaGenericInterface] @Network interface Generic must not be generic; found type "
        + "parameters <T, U>. Remove them.", "@Network");
  }

  @Test
  void packagePrivateInterface() {
    JavaFileObject source = Networks.source("Hidden", """
        @Network(input = @Input(height = 28, width = 28, channels = 1))
        interface Hidden {
          @Flatten FlattenLayer flatten();
        }
        """);
    assertOneError(source, "[LaminaNotPublic] @Network interface Hidden must be public, and so must every type it "
        + "is nested in, so that its generated implementation can implement it; found Hidden without 'public'.",
        "@Network");
  }

  @Test
  void interfaceNestedInPackagePrivateClass() {
    JavaFileObject source = Networks.source("Outer", """
        class Outer {
          @Network(input = @Input(height = 28, width = 28, channels = 1))
          public interface Inner {
            @Flatten FlattenLayer flatten();
          }
        }
        """);
    assertOneError(source, "[LaminaNotPublic] @Network interface Inner must be public, and so must every type it is "
        + "nested in, so that its generated implementation can implement it; found Outer without 'public'.",
        "@Network");
  }

  @Test
  void methodWithParameters() {
    JavaFileObject source = Networks.source("Params", """
        @Network(input = @Input(height = 28, width = 28, channels = 1))
        public interface Params {
          @Flatten FlattenLayer flatten();
          @Dense(units = 10) DenseLayer output(int size, String name);
        }
        """);
    assertOneError(source, "[LaminaMethodParameters] output: a layer method's parameters are its inputs, each a "
        + "layer handle (Layer or a handle type such as Conv2DLayer) named after an earlier layer method; found "
        + "(int size, java.lang.String name). Remove the other parameters: without parameters a layer reads the "
        + "previous layer's output.", "output(", "output(");
  }

  @Test
  void defaultMethodWithLayerAnnotation() {
    JavaFileObject source = Networks.source("Body", """
        @Network(input = @Input(height = 28, width = 28, channels = 1))
        public interface Body {
          @Flatten FlattenLayer flatten();
          @Dense(units = 10) default DenseLayer output() { return null; }
        }
        """);
    assertOneError(source, "[LaminaMethodBody] output: a layer method is abstract; found a default method. Remove "
        + "its body and the 'default' modifier.", "output()", "output()");
  }

  @Test
  void staticMethodWithLayerAnnotation() {
    JavaFileObject source = Networks.source("Static", """
        @Network(input = @Input(height = 28, width = 28, channels = 1))
        public interface Static {
          @Flatten FlattenLayer flatten();
          @Dense(units = 10) static DenseLayer output() { return null; }
        }
        """);
    assertOneError(source, "[LaminaMethodBody] output: a layer method is abstract; found a static method.",
        "output()", "output()");
  }

  @Test
  void genericMethod() {
    JavaFileObject source = Networks.source("GenericMethod", """
        @Network(input = @Input(height = 28, width = 28, channels = 1))
        public interface GenericMethod {
          @Flatten <T extends Layer> T flatten();
        }
        """);
    assertOneError(source, "[LaminaGenericMethod] flatten: a layer method is not generic; found type parameters "
        + "<T>. Remove them.", "flatten()", "flatten()");
  }

  @Test
  void methodWithoutLayerAnnotation() {
    JavaFileObject source = Networks.source("Bare", """
        @Network(input = @Input(height = 28, width = 28, channels = 1))
        public interface Bare {
          @Flatten FlattenLayer flatten();
          DenseLayer output();
        }
        """);
    assertOneError(source, "[LaminaNoLayerAnnotation] output: every abstract method of a @Network interface "
        + "declares one layer, but it has no layer annotation. Expected one of @Conv2D, @SeparableConv2D, "
        + "@DepthwiseConv2D, @Conv2DTranspose, @MaxPool, @AvgPool, @GlobalMaxPool, @GlobalAvgPool, @Flatten, "
        + "@Dense, @Dropout, @BatchNorm, @Activation, @Add, @Subtract, @Multiply, @Average, @Maximum, @Concatenate, "
        + "@UpSampling2D, @ZeroPadding2D, @Cropping2D.", "output()", "output()");
  }

  @Test
  void twoLayerAnnotationsPointAtTheSecond() {
    JavaFileObject source = Networks.source("Two", """
        @Network(input = @Input(height = 28, width = 28, channels = 1))
        public interface Two {
          @Flatten FlattenLayer flatten();
          @Dense(units = 10) @Dropout(rate = 0.5) DenseLayer output();
        }
        """);
    assertOneError(source, "[LaminaSeveralLayers] output: a method declares exactly one layer; found @Dense and "
        + "@Dropout. Keep one and declare the others as methods of their own.", "output()", "@Dropout");
  }

  @Test
  void noLayers() {
    JavaFileObject source = Networks.source("Empty", """
        @Network(input = @Input(height = 28, width = 28, channels = 1))
        public interface Empty {
          default int classes() { return 10; }
        }
        """);
    assertOneError(source, "[LaminaNoLayers] @Network interface Empty declares no layers. Add an abstract method "
        + "per layer, e.g. '@Dense(units = 10) DenseLayer output();'.", "@Network");
  }

  @Test
  void layerNameUsedTwiceThroughASuperinterface() {
    JavaFileObject backbone = Networks.source("Backbone", """
        public interface Backbone {
          @Conv2D(filters = 8, kernelSize = 3) Conv2DLayer conv();
        }
        """);
    JavaFileObject source = Networks.source("Twice", """
        @Network(input = @Input(height = 28, width = 28, channels = 1))
        public interface Twice extends Backbone {
          @Override @Conv2D(filters = 16, kernelSize = 3) Conv2DLayer conv();
          @Flatten FlattenLayer flatten();
        }
        """);
    Compilation compilation = Networks.compile(backbone, source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[LaminaDuplicateLayer] layer name conv in Twice is already used by "
        + "a layer of Backbone. Layer names come from method names and must be unique in a network, "
        + "superinterfaces included: rename one.").inFile(source).onLine(Networks.line(source, "conv()"))
        .atColumn(Networks.column(source, "conv()", "conv()"));
  }

  @Test
  void layerNameOfAModelMethod() {
    JavaFileObject source = Networks.source("Clash", """
        @Network(input = @Input(height = 28, width = 28, channels = 1))
        public interface Clash {
          @Flatten FlattenLayer summary();
        }
        """);
    assertOneError(source, "[LaminaReservedName] layer name summary clashes with dev.lamina.runtime.Model.summary(), "
        + "which the generated class also implements. Rename the method.", "summary()", "summary()");
  }

  @Test
  void layerNamedToString() {
    JavaFileObject source = Networks.source("Named", """
        @Network(input = @Input(height = 8, width = 8, channels = 2))
        public interface Named {
          @Conv2D(filters = 2, kernelSize = 3) Layer toString();
          @Flatten Layer flat();
          @Dense(units = 3) Layer d();
        }
        """);
    assertOneError(source, "[LaminaReservedName] layer name toString clashes with java.lang.Object.toString(), "
        + "which the generated class also implements. Rename the method.", "toString()", "toString()");
  }

  /** javac rejects these in the interface itself; Lamina adds its error there and generates nothing. */
  @ParameterizedTest
  @ValueSource(strings = {"hashCode", "getClass", "notify", "notifyAll", "wait"})
  void layerNamedAfterAnObjectMethod(String name) {
    JavaFileObject source = Networks.source("Named", """
        @Network(input = @Input(height = 8, width = 8, channels = 2))
        public interface Named {
          @Conv2D(filters = 2, kernelSize = 3) Layer %s();
          @Flatten Layer flat();
          @Dense(units = 3) Layer d();
        }
        """.formatted(name));
    Compilation compilation = Networks.compile(source);
    assertThat(compilation).hadErrorContaining("[LaminaReservedName] layer name " + name + " clashes with "
        + "java.lang.Object." + name + "()").inFile(source).onLine(Networks.line(source, name + "()"));
    assertThat(compilation.errors().stream().allMatch(d -> d.getSource() == source)).isTrue();
  }

  @Test
  void returnTypeOfAnotherKind() {
    JavaFileObject source = Networks.source("Mismatch", """
        @Network(input = @Input(height = 28, width = 28, channels = 1))
        public interface Mismatch {
          @Flatten FlattenLayer flatten();
          @Dense(units = 10) Conv2DLayer output();
        }
        """);
    assertOneError(source, "[LaminaReturnType] output: a @Dense layer returns DenseLayer or Layer "
        + "(dev.lamina.runtime.layer); found dev.lamina.runtime.layer.Conv2DLayer. Change the return type.",
        "output()", "output()");
  }

  @Test
  void returnTypeObjectDoesNotFit() {
    JavaFileObject source = Networks.source("Untyped", """
        @Network(input = @Input(height = 28, width = 28, channels = 1))
        public interface Untyped {
          @Flatten Object flatten();
        }
        """);
    assertOneError(source, "[LaminaReturnType] flatten: a @Flatten layer returns FlattenLayer or Layer "
        + "(dev.lamina.runtime.layer); found java.lang.Object.", "flatten()", "flatten()");
  }

  @Test
  void layerAnnotationInAClass() {
    JavaFileObject source = Networks.source("Helper", """
        public abstract class Helper {
          @Dense(units = 10) abstract DenseLayer output();
        }
        """);
    assertOneError(source, "[LaminaLayerOutsideInterface] @Dense on output(): layers are methods of interfaces; "
        + "found a method of class Helper. Move the layer into a @Network interface.", "output()", "@Dense");
  }

  @Test
  void missingRequiredAttributeIsLeftToTheCompiler() {
    JavaFileObject source = Networks.source("Missing", """
        @Network(input = @Input(height = 28, width = 28, channels = 1))
        public interface Missing {
          @Conv2D(kernelSize = 3) Conv2DLayer conv();
        }
        """);
    Compilation compilation = Networks.compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("filters").inFile(source).onLine(Networks.line(source, "conv()"));
    assertThat(Networks.laminaErrors(compilation)).isEmpty();
  }

  @Test
  void unknownAnnotationIsLeftToTheCompiler() {
    JavaFileObject source = Networks.source("Typo", """
        @Network(input = @Input(height = 28, width = 28, channels = 1))
        public interface Typo {
          @Flatten FlattenLayer flatten();
          @Dens(units = 10) DenseLayer output();
        }
        """);
    Compilation compilation = Networks.compile(source);
    assertThat(compilation).hadErrorContaining("cannot find symbol").inFile(source)
        .onLine(Networks.line(source, "output()"));
    assertThat(Networks.laminaErrors(compilation)).containsExactly("[LaminaNoLayerAnnotation] output: every abstract "
        + "method of a @Network interface declares one layer, but it has no layer annotation. Expected one of "
        + "@Conv2D, @SeparableConv2D, @DepthwiseConv2D, @Conv2DTranspose, @MaxPool, @AvgPool, @GlobalMaxPool, "
        + "@GlobalAvgPool, @Flatten, @Dense, @Dropout, @BatchNorm, @Activation, @Add, @Subtract, @Multiply, @Average, "
        + "@Maximum, @Concatenate, @UpSampling2D, @ZeroPadding2D, @Cropping2D.");
  }

  @Test
  void mistypedInputIsLeftToTheCompiler() {
    JavaFileObject source = Networks.source("Mistyped", """
        @Network(input = @Input(height = "28", width = 28, channels = 1))
        public interface Mistyped {
          @Flatten FlattenLayer flatten();
        }
        """);
    Compilation compilation = Networks.compile(source);
    assertThat(compilation).failed();
    assertThat(Networks.laminaErrors(compilation)).isEmpty();
  }
}
