package dev.lamina.bench.fuzz;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Compiles drawn networks in this JVM with javac, which runs Lamina's processor from the class path as
 * a user's build does, into one output directory shared by a campaign.
 */
final class FuzzCompiler implements AutoCloseable {
  /** How one compilation ended. */
  enum Outcome {
    /** Compiled: the generated class is in the output directory. */
    COMPILED,
    /** The processor rejected the network with one of its positioned errors ({@code [Lamina...]}). */
    REJECTED,
    /**
     * Neither: javac failed without a Lamina error (a processor exception, or generated code that does
     * not compile), a defect the campaign reports.
     */
    BROKEN
  }

  /**
   * @param outcome how it ended
   * @param diagnostics javac's errors (empty when compiled)
   */
  record Result(Outcome outcome, String diagnostics) {}

  private final JavaCompiler javac;
  private final StandardJavaFileManager files;
  private final List<String> options;

  /**
   * @param classPath the class path holding the DSL, the runtime and the processor
   * @param out where classes and generated sources go
   */
  FuzzCompiler(String classPath, Path out) {
    this.javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      throw new IllegalStateException("no system Java compiler: run the fuzz test with a JDK, not a JRE");
    }
    this.files = javac.getStandardFileManager(null, Locale.ROOT, null);
    try {
      files.setLocation(StandardLocation.CLASS_OUTPUT, List.of(out.toFile()));
      files.setLocation(StandardLocation.SOURCE_OUTPUT, List.of(out.toFile()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.options = List.of("-classpath", classPath, "-nowarn", "-Xlint:none");
  }

  /** Compiles one network. */
  Result compile(String className, String source) {
    JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///" + FuzzNetwork.PACKAGE + "/" + className
        + ".java"), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return source;
      }
    };
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    StringWriter output = new StringWriter();
    boolean ok = javac.getTask(output, files, diagnostics, options, null, List.of(file)).call();
    if (ok) {
      return new Result(Outcome.COMPILED, "");
    }
    StringBuilder errors = new StringBuilder(output.toString());
    boolean lamina = false;
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      if (d.getKind() == Diagnostic.Kind.ERROR) {
        String message = d.getMessage(Locale.ROOT);
        lamina |= message.startsWith("[Lamina") && !message.startsWith("[LaminaInternal]");
        errors.append(d.getLineNumber()).append(':').append(d.getColumnNumber()).append(": ").append(message)
            .append('\n');
      }
    }
    return new Result(lamina ? Outcome.REJECTED : Outcome.BROKEN, errors.toString());
  }

  @Override
  public void close() throws IOException {
    files.close();
  }
}
