package dev.lamina.processor.testing;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;

/** Assertions on where and what the processor reported. */
public final class Diagnostics {
  private Diagnostics() {}

  /**
   * Compiles {@code source} and asserts that it fails with exactly one error, containing
   * {@code message}, on the line containing {@code line}, with the caret on the first
   * {@code value} after {@code line}'s start.
   */
  public static Compilation assertOneError(JavaFileObject source, String message, String line, String value) {
    Compilation compilation = Networks.compile(source);
    assertThat(compilation).failed();
    assertWithMessage("errors of %s", Networks.describe(compilation.diagnostics()))
        .that(compilation.errors()).hasSize(1);
    assertThat(compilation).hadErrorContaining(message).inFile(source).onLine(Networks.line(source, line))
        .atColumn(Networks.column(source, line, value));
    return compilation;
  }

  /** As {@link #assertOneError(JavaFileObject, String, String, String)}, caret at the start of {@code line}'s text. */
  public static Compilation assertOneError(JavaFileObject source, String message, String line) {
    return assertOneError(source, message, line, line);
  }

  /**
   * Compiles {@code source} and asserts that it succeeds with exactly one warning, containing
   * {@code message}, on the line containing {@code line} with the caret on {@code value}.
   */
  public static Compilation assertOneWarning(JavaFileObject source, String message, String line, String value) {
    Compilation compilation = Networks.compile(source);
    assertThat(compilation).succeeded();
    assertWithMessage("warnings of %s", Networks.describe(compilation.diagnostics()))
        .that(compilation.warnings()).hasSize(1);
    assertThat(compilation).hadWarningContaining(message).inFile(source).onLine(Networks.line(source, line))
        .atColumn(Networks.column(source, line, value));
    return compilation;
  }
}
