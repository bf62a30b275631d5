package dev.lamina.processor.write;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.lamina.processor.testing.Networks;
import java.io.IOException;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * Every generated network gets a {@code NetworkProvider} class, listed (sorted, once per compilation)
 * in {@code META-INF/services/dev.lamina.runtime.NetworkProvider}.
 */
class ProviderWriterTest {
  private static final JavaFileObject SMALL = Networks.source("Small", """
      @Network(input = @Input(height = 8, width = 8, channels = 1))
      public interface Small {
        @Flatten Layer flatten();
        @Dense(units = 3, activation = SOFTMAX) DenseLayer output();
      }
      """);

  private static final JavaFileObject NESTED = Networks.source("Outer", """
      public final class Outer {
        @Network(input = @Input(height = 4, width = 4, channels = 2))
        public interface Inner {
          @GlobalAvgPool Layer pool();
        }
      }
      """);

  @Test
  void theProviderNamesTheNetworkAndCallsTheFactory() throws IOException {
    Compilation c = Networks.javac().withOptions("-Xlint:all", "-Xlint:-processing").compile(SMALL, NESTED);
    assertThat(c).succeededWithoutWarnings();
    String small = c.generatedSourceFile("test.LaminaSmallProvider").orElseThrow().getCharContent(true).toString();
    assertThat(small).contains("public final class LaminaSmallProvider implements NetworkProvider {");
    assertThat(small).contains("  public String name() {\n    return \"Small\";\n  }");
    assertThat(small).contains("  public String qualifiedName() {\n    return \"test.Small\";\n  }");
    assertThat(small).contains("  public Model create(long seed) {\n    return LaminaSmall.create(seed);\n  }");
    assertThat(small).contains("comments = \"from test.Small\"");
    String nested = c.generatedSourceFile("test.LaminaOuter_InnerProvider").orElseThrow().getCharContent(true)
        .toString();
    assertThat(nested).contains("return \"Inner\";");
    assertThat(nested).contains("return \"test.Outer.Inner\";");
  }

  @Test
  void oneServiceFileListsEveryProviderOfTheCompilation() throws IOException {
    Compilation c = Networks.compile(SMALL, NESTED);
    assertThat(c).succeeded();
    String services = c.generatedFile(StandardLocation.CLASS_OUTPUT, ProviderServiceFile.PATH).orElseThrow()
        .getCharContent(true).toString();
    assertThat(services.lines().filter(l -> !l.startsWith("#")).toList())
        .containsExactly("test.LaminaOuter_InnerProvider", "test.LaminaSmallProvider").inOrder();
  }

  @Test
  void aTypeHoldingTheProvidersNameIsAPositionedError() {
    JavaFileObject taken = Networks.source("LaminaSmallProvider", "public class LaminaSmallProvider {}\n");
    Compilation c = Networks.compile(SMALL, taken);
    assertThat(c).hadErrorContaining("[LaminaProviderTaken] @Network interface test.Small is registered for tools"
        + " (ServiceLoader) by a generated class test.LaminaSmallProvider, but a class of that name already exists in"
        + " this compilation")
        .inFile(SMALL).onLine(Networks.line(SMALL, "@Network"));
  }
}
