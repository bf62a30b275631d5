package dev.lamina.processor.compile;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.lamina.processor.NetworkProcessor;
import dev.lamina.processor.testing.Networks;
import dev.lamina.processor.testing.SummaryRows;
import dev.lamina.processor.testing.SummaryRows.Row;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The two networks of the Keras Fashion-MNIST tutorial compile with exactly the shapes and parameter
 * counts of the tutorial's {@code model.summary()}.
 */
class TutorialNetworksTest {

  private static final String CONV = "Conv2D(filters = %d, kernelSize = 3, padding = SAME, activation = SELU)";
  private static final String SEPARABLE = "SeparableConv2D(filters = %d, kernelSize = 3, padding = SAME, "
      + "activation = SELU)";

  /** The tutorial's network with the given annotation for the five convolutions after the first. */
  private static JavaFileObject tutorial(String name, long params, String conv, String handle) {
    return Networks.source(name, """
        @Network(input = @Input(height = 28, width = 28, channels = 1), params = %d)
        public interface %s {
          @%s Conv2DLayer conv1();
          @%s %s conv2();
          @SuppressWarnings("lamina") @MaxPool(poolSize = 2) PoolingLayer pool1();
          @%s %s conv3();
          @%s %s conv4();
          @MaxPool(poolSize = 2) PoolingLayer pool2();
          @%s %s conv5();
          @%s %s conv6();
          @MaxPool(poolSize = 2) @OutputShape({3, 3, 128}) @SuppressWarnings("lamina") PoolingLayer pool3();
          @Flatten @OutputShape(1152) FlattenLayer flatten();
          @Dense(units = 128, activation = SELU) DenseLayer dense1();
          @Dense(units = 10, activation = SOFTMAX) DenseLayer output();
        }
        """.formatted(params, name, CONV.formatted(32), conv.formatted(32), handle, conv.formatted(64), handle,
        conv.formatted(64), handle, conv.formatted(128), handle, conv.formatted(128), handle));
  }

  private static final List<List<Integer>> SHAPES = List.of(List.of(28, 28, 32), List.of(28, 28, 32),
      List.of(14, 14, 32), List.of(14, 14, 64), List.of(14, 14, 64), List.of(7, 7, 64), List.of(7, 7, 128),
      List.of(7, 7, 128), List.of(3, 3, 128), List.of(1152), List.of(128), List.of(10));

  @Test
  void convNetHasKerasShapesAndCounts() {
    Compilation compilation = Networks.compile(tutorial("FashionCnn", 435_306, CONV, "Conv2DLayer"));
    assertThat(compilation).succeededWithoutWarnings();
    String note = Networks.summaryNote(compilation, "FashionCnn");
    List<Row> rows = SummaryRows.parse(note);
    assertThat(rows.stream().map(Row::params).toList())
        .containsExactly(320L, 9248L, 0L, 18496L, 36928L, 0L, 73856L, 147584L, 0L, 0L, 147584L, 1290L).inOrder();
    assertThat(rows.stream().map(Row::shape).toList()).containsExactlyElementsIn(SHAPES).inOrder();
    assertThat(rows.stream().map(Row::type).distinct().toList())
        .containsExactly("Conv2D", "MaxPooling2D", "Flatten", "Dense").inOrder();
    assertThat(note).contains("\nTotal params: 435,306 (1.66 MB)\nTrainable params: 435,306 (1.66 MB)\n"
        + "Non-trainable params: 0 (0.00 B)\n");
  }

  @Test
  void separableNetHasKerasShapesAndCounts() {
    Compilation compilation = Networks.compile(tutorial("SeparableCnn", 184_234, SEPARABLE, "SeparableConv2DLayer"));
    assertThat(compilation).succeededWithoutWarnings();
    String note = Networks.summaryNote(compilation, "SeparableCnn");
    List<Row> rows = SummaryRows.parse(note);
    assertThat(rows.stream().map(Row::params).toList())
        .containsExactly(320L, 1344L, 0L, 2400L, 4736L, 0L, 8896L, 17664L, 0L, 0L, 147584L, 1290L).inOrder();
    assertThat(rows.stream().map(Row::shape).toList()).containsExactlyElementsIn(SHAPES).inOrder();
    assertThat(rows.get(1).type()).isEqualTo("SeparableConv2D");
    assertThat(note).contains("\nTotal params: 184,234 (719.66 KB)\n");
  }

  @Test
  void wrongDeclaredTotalFailsWithTheTable() {
    Compilation compilation = Networks.compile(tutorial("Miscounted", 435_000, CONV, "Conv2DLayer"));
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[LaminaParamCount] Miscounted declares params = 435,000 but its "
        + "layers have 435,306 parameters (+306).");
    assertThat(SummaryRows.total(Networks.text(compilation.errors().get(0)))).isEqualTo(435_306L);
  }

  @Test
  void theExampleOfTheDslPackageDocumentationCompiles() {
    Compilation compilation = Networks.compile(Networks.source("SmallCnn", """
        @Network(input = @Input(height = 28, width = 28, channels = 1), params = 63_050)
        public interface SmallCnn {
          @Conv2D(filters = 32, kernelSize = 3, padding = SAME, activation = SELU) Conv2DLayer conv1();
          @MaxPool(poolSize = 2) PoolingLayer pool1();
          @Flatten Layer flatten();
          @Dense(units = 10, activation = SOFTMAX) DenseLayer output();
        }
        """));
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void noSummaryWithoutTheOption() {
    Compilation compilation = Compiler.javac().withProcessors(new NetworkProcessor()).compile(tutorial("Quiet", 435_306, CONV, "Conv2DLayer"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation.notes().stream().map(d -> d.getMessage(null)).filter(m -> m.contains("[LaminaSummary]"))
        .toList()).isEmpty();
  }
}
