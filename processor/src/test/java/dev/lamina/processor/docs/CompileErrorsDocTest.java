package dev.lamina.processor.docs;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.lamina.processor.diagnostic.Message;
import dev.lamina.processor.testing.Networks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code docs/compile-errors.md} lists every message and shows what the compiler really prints. */
class CompileErrorsDocTest {
  private static String doc;

  @BeforeAll
  static void read() throws IOException {
    doc = Files.readString(Path.of(System.getProperty("basedir", ".")).resolve("../docs/compile-errors.md"));
  }

  @Test
  void everyMessageIdHasARowAndEveryRowAMessage() {
    Matcher rows = Pattern.compile("^\\| `\\[(\\w+)]` \\| (\\w+) \\|", Pattern.MULTILINE).matcher(doc);
    List<String> documented = new ArrayList<>();
    while (rows.find()) {
      Message message = Arrays.stream(Message.values()).filter(m -> m.id().equals(rows.group(1))).findFirst()
          .orElseThrow(() -> new AssertionError("no message " + rows.group(1)));
      assertWithMessage("kind of %s", message).that(rows.group(2))
          .isEqualTo(message.kind().name().toLowerCase(Locale.ROOT));
      documented.add(message.id());
    }
    assertThat(documented).containsExactlyElementsIn(Arrays.stream(Message.values()).map(Message::id).toList())
        .inOrder();
  }

  @Test
  void messageIdsAreUnique() {
    assertThat(Arrays.stream(Message.values()).map(Message::id).distinct().count())
        .isEqualTo((long) Message.values().length);
  }

  @Test
  void vgg16OutputIsWhatJavacPrints() {
    Compilation compilation = Networks.compile(Networks.resource("networks/Vgg16.java"));
    assertThat(compilation.diagnostics().stream().filter(d -> d.getKind() != Diagnostic.Kind.NOTE).count())
        .isEqualTo(3);
    for (Diagnostic<? extends JavaFileObject> d : compilation.diagnostics()) {
      if (d.getKind() != Diagnostic.Kind.NOTE) {
        assertThat(doc).contains("Vgg16.java:" + d.getLineNumber() + ": " + d.getKind().name().toLowerCase(Locale.ROOT)
            + ": " + d.getMessage(null) + "\n");
      }
    }
  }

  @Test
  void parameterTableIsWhatJavacPrints() {
    JavaFileObject counted = JavaFileObjects.forSourceString("demo.Counted", """
        package demo;

        import static dev.lamina.dsl.Padding.SAME;

        import dev.lamina.dsl.*;
        import dev.lamina.runtime.layer.*;

        @Network(input = @Input(height = 28, width = 28, channels = 1), params = 1_000)
        public interface Counted {
          @Conv2D(filters = 32, kernelSize = 3, padding = SAME) Conv2DLayer conv();
          @GlobalAvgPool PoolingLayer pool();
          @Dense(units = 10) DenseLayer output();
        }
        """);
    Diagnostic<? extends JavaFileObject> error = Networks.compile(counted).errors().get(0);
    assertThat(error.getLineNumber()).isEqualTo(8);
    List<String> lines = error.getMessage(null).lines().toList();
    assertThat(doc).contains("demo/Counted.java:8: error: " + lines.get(0) + "\n");
    assertThat(doc).contains(String.join("\n", lines.subList(1, lines.size())) + "\n1 error\n");
  }
}
