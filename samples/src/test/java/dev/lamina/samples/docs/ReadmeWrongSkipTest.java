package dev.lamina.samples.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's wrong skip connection is real: the code block marked
 * {@code <!-- wrong-skip: PATH -->} stands in the file at PATH (up to its closing {@code ...}), and
 * compiling that file with Lamina's processor (found on the class path, as in a user's build) gives
 * exactly the warnings and errors, with their lines, that the README's output block shows.
 */
class ReadmeWrongSkipTest {
  private static final Path ROOT = Path.of("..");
  private static final Pattern BLOCK = Pattern.compile(
      "<!-- wrong-skip: (\\S+) -->\\n```java\\n(.*?)  \\.\\.\\.\\n```\\n\\n```text\\n(.*?)```", Pattern.DOTALL);
  private static final String SHOWN_AS = "com/example/DeepUNet.java";

  @TempDir
  Path out;

  @Test
  void theReadmesWrongSkipGivesTheErrorItShows() throws IOException {
    Matcher m = BLOCK.matcher(Files.readString(ROOT.resolve("README.md")));
    assertTrue(m.find(), "README.md marks no wrong-skip example");
    Path source = ROOT.resolve(m.group(1));
    assertTrue(Files.readString(source).contains(m.group(2)), "README.md shows code that " + source + " does not hold");
    String shown = m.group(3);

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    boolean compiled;
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, Locale.ROOT, null)) {
      compiled = javac.getTask(null, files, diagnostics, List.of("-classpath", System.getProperty("java.class.path"),
          "-d", out.toString(), "-s", out.toString()), null, files.getJavaFileObjects(source)).call();
    }
    assertEquals(false, compiled, "the wrong skip compiled");
    int errors = 0;
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      String kind = d.getKind() == Diagnostic.Kind.ERROR ? "error" : "warning";
      errors += d.getKind() == Diagnostic.Kind.ERROR ? 1 : 0;
      String line = SHOWN_AS + ":" + d.getLineNumber() + ": " + kind + ": " + d.getMessage(Locale.ROOT);
      assertTrue(shown.contains(line + "\n"), "javac printed a line the README does not show:\n" + line
          + "\nREADME:\n" + shown);
    }
    assertTrue(shown.contains("[LaminaMergeShapes] skip3: "), shown);
    assertEquals(1, errors, diagnostics.getDiagnostics().toString());
    assertEquals(diagnostics.getDiagnostics().size(), shown.lines().filter(l -> l.startsWith(SHOWN_AS)).count(),
        "the README shows as many diagnostics as javac gives");
  }
}
