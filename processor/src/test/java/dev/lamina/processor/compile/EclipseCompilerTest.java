package dev.lamina.processor.compile;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.google.testing.compile.Compilation;
import dev.lamina.processor.testing.Eclipse;
import dev.lamina.processor.testing.Networks;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The processor behaves the same under Eclipse's compiler (ecj) as under javac: the same errors,
 * warnings and notes, with the same text, on the same lines. (The column may differ: for a value
 * like {@code poolSize = 2}, javac puts the caret on {@code 2}, ecj on {@code poolSize}.)
 */
class EclipseCompilerTest {

  /** A case: its name and sources, and the Lamina diagnostics expected, as {@code "line kind [Id]"}. */
  private record Case(String name, List<JavaFileObject> sources, List<String> expected) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Case> cases() {
    JavaFileObject backbone = Networks.source("Backbone", """
        public interface Backbone {
          @Conv2D(filters = 8, kernelSize = 3) Conv2DLayer conv();
        }
        """);
    return Stream.of(
        new Case("VGG16 on 28x28", List.of(Networks.resource("networks/Vgg16.java")),
            List.of("38 WARNING [LaminaValidDrops]", "43 WARNING [LaminaValidDrops]", "48 ERROR [LaminaWindowTooLarge]")),
        new Case("Dense without Flatten", List.of(Networks.source("NoFlatten", """
            @Network(input = @Input(height = 28, width = 28, channels = 1))
            public interface NoFlatten {
              @Conv2D(filters = 8, kernelSize = 3) Conv2DLayer conv();
              @Dense(units = 10) DenseLayer output();
            }
            """)), List.of("11 ERROR [LaminaMissingFlatten]")),
        new Case("invalid array element and wrong return type", List.of(Networks.source("Two", """
            @Network(input = @Input(height = 28, width = 28, channels = 1))
            public interface Two {
              @Conv2D(filters = 8, kernelSize = {3, 0}) Conv2DLayer conv();
              @Flatten DenseLayer flatten();
            }
            """)), List.of("10 ERROR [LaminaInvalidValue]", "11 ERROR [LaminaReturnType]")),
        new Case("duplicate layer through a superinterface", List.of(backbone, Networks.source("Twice", """
            @Network(input = @Input(height = 28, width = 28, channels = 1))
            public interface Twice extends Backbone {
              @Override @Conv2D(filters = 16, kernelSize = 3) Conv2DLayer conv();
            }
            """)), List.of("10 ERROR [LaminaDuplicateLayer]")),
        new Case("declared total with its table", List.of(Networks.source("Counted", """
            @Network(input = @Input(height = 28, width = 28, channels = 1), params = 10)
            public interface Counted {
              @Flatten FlattenLayer flatten();
              @Dense(units = 10) DenseLayer output();
            }
            """)), List.of("8 ERROR [LaminaParamCount]")),
        new Case("class instead of interface", List.of(Networks.source("Cnn", """
            @Network(input = @Input(height = 28, width = 28, channels = 1))
            public abstract class Cnn {}
            """)), List.of("8 ERROR [LaminaNotInterface]")),
        new Case("orphan layer, suppressed and not", List.of(backbone, Networks.source("Quiet", """
            @SuppressWarnings("lamina")
            public interface Quiet {
              @Dense(units = 10) DenseLayer output();
            }
            """)), List.of("9 WARNING [LaminaOrphanLayer]")),
        new Case("valid network", List.of(Networks.source("Ok", """
            @Network(input = @Input(height = 28, width = 28, channels = 1))
            public interface Ok {
              @Flatten FlattenLayer flatten();
              @Dense(units = 10, activation = SOFTMAX) DenseLayer output();
            }
            """)), List.of("9 NOTE [LaminaSummary]")),
        new Case("valid graph network", List.of(Networks.source("Graph", """
            @Network(input = @Input(height = 8, width = 8, channels = 1))
            public interface Graph {
              @Conv2D(filters = 4, kernelSize = 3, padding = SAME) Conv2DLayer stem();
              @Conv2D(filters = 4, kernelSize = 3, padding = SAME) Conv2DLayer b();
              @Add(activation = RELU) MergeLayer block(Conv2DLayer stem, Conv2DLayer b);
              @MaxPool PoolingLayer pool();
              @UpSampling2D(size = {2, 2}, interpolation = Interpolation.BILINEAR) ReshapingLayer up();
              @ZeroPadding2D(padding = {1, 1}) ReshapingLayer pad();
              @Cropping2D(cropping = {1, 1, 1, 1}) ReshapingLayer crop();
              @Concatenate MergeLayer joined(MergeLayer block, ReshapingLayer crop);
            }
            """)), List.of("9 NOTE [LaminaSummary]")),
        new Case("graph errors", List.of(Networks.source("Skips", """
            @Network(input = @Input(height = 30, width = 30, channels = 1))
            public interface Skips {
              @Conv2D(filters = 4, kernelSize = 3, padding = SAME) Conv2DLayer enc();
              @MaxPool PoolingLayer pool();
              @MaxPool PoolingLayer pool2();
              @UpSampling2D ReshapingLayer up();
              @Concatenate MergeLayer skip(PoolingLayer pool, ReshapingLayer up);
              @ZeroPadding2D(padding = {1, 2}) ReshapingLayer pad(Conv2DLayer enc);
              @Cropping2D(cropping = 20) ReshapingLayer crop(Conv2DLayer enc);
              @Add MergeLayer sum(Conv2DLayer enc);
              @Concatenate MergeLayer out(MergeLayer skip, ReshapingLayer pad, MergeLayer sum, ReshapingLayer crop);
            }
            """)), List.of("12 WARNING [LaminaValidDrops]", "14 ERROR [LaminaMergeShapes]", "16 ERROR [LaminaCropTooLarge]",
            "17 ERROR [LaminaMergeInputs]")),
        new Case("margins of three values", List.of(Networks.source("Margins", """
            @Network(input = @Input(height = 8, width = 8, channels = 1))
            public interface Margins {
              @ZeroPadding2D(padding = {1, 2, 3}) ReshapingLayer pad();
            }
            """)), List.of("10 ERROR [LaminaMarginCount]")),
        new Case("unknown annotation", List.of(Networks.source("Typo", """
            @Network(input = @Input(height = 28, width = 28, channels = 1))
            public interface Typo {
              @Flatten FlattenLayer flatten();
              @Dens(units = 10) DenseLayer output();
            }
            """)), List.of("11 ERROR [LaminaNoLayerAnnotation]")),
        new Case("missing attribute left to the compiler", List.of(Networks.source("Missing", """
            @Network(input = @Input(height = 28, width = 28, channels = 1))
            public interface Missing {
              @Conv2D(kernelSize = 3) Conv2DLayer conv();
            }
            """)), List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void sameDiagnosticsUnderJavacAndEcj(Case c) {
    JavaFileObject[] sources = c.sources().toArray(JavaFileObject[]::new);
    Compilation javac = Networks.compile(sources);
    Eclipse.Result ecj = Eclipse.compile(sources);
    List<String> fromJavac = lamina(javac.diagnostics());
    List<String> fromEcj = lamina(ecj.diagnostics().getDiagnostics());
    assertWithMessage("javac: %s", javac.diagnostics()).that(ids(fromJavac)).containsExactlyElementsIn(c.expected());
    assertWithMessage("ecj:\n%s", ecj.log()).that(fromEcj).containsExactlyElementsIn(fromJavac);
    assertThat(ecj.success()).isEqualTo(javac.errors().isEmpty());
  }

  @Test
  void ecjReportsTheVgg16ErrorAtThePoolSize() {
    JavaFileObject vgg16 = Networks.resource("networks/Vgg16.java");
    Eclipse.Result ecj = Eclipse.compile(vgg16);
    Diagnostic<? extends JavaFileObject> error = ecj.diagnostics().getDiagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR).findFirst().orElseThrow();
    assertThat(error.getLineNumber()).isEqualTo(Networks.line(vgg16, "block5Pool()"));
    assertThat(error.getColumnNumber()).isEqualTo(Networks.column(vgg16, "block5Pool()", "poolSize"));
    assertThat(error.getMessage(null)).isEqualTo("[LaminaWindowTooLarge] block5Pool: @MaxPool poolSize 2x2 does not "
        + "fit its 1x1x512 input: with padding VALID the output height is floor((1 - 2) / 2) + 1 = 0. Expected a "
        + "poolSize of at most 1x1, or padding = SAME; found poolSize = 2.");
  }

  /** Lamina's diagnostics as {@code "line KIND text"}, in order, with javac's indentation undone. */
  private static List<String> lamina(List<Diagnostic<? extends JavaFileObject>> diagnostics) {
    return diagnostics.stream().map(d -> d.getLineNumber() + " " + d.getKind() + " " + Networks.text(d))
        .filter(s -> s.contains(" [Lamina")).sorted().collect(Collectors.toList());
  }

  /** Only {@code "line KIND [Id]"} of each. */
  private static List<String> ids(List<String> diagnostics) {
    return diagnostics.stream().map(s -> s.substring(0, s.indexOf(']') + 1)).collect(Collectors.toList());
  }

}
