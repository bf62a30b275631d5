package dev.lamina.processor.testing;

import static com.google.common.truth.Truth.assertWithMessage;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.lamina.processor.NetworkProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/** Network sources for processor tests, and the compiler that runs Lamina's processor on them. */
public final class Networks {
  /** What every test source starts with: package {@code test}, the DSL and the runtime's handles. */
  public static final String HEADER = """
      package test;

      import dev.lamina.dsl.*;
      import dev.lamina.runtime.layer.*;
      import static dev.lamina.dsl.ActivationFunction.*;
      import static dev.lamina.dsl.Padding.*;

      """;

  private Networks() {}

  /** A source file {@code test/<name>.java}: {@link #HEADER} followed by {@code body}. */
  public static JavaFileObject source(String name, String body) {
    return JavaFileObjects.forSourceString("test." + name, HEADER + body);
  }

  /** A test resource, e.g. {@code networks/Vgg16.java}, as the source of {@code test.<name>}. */
  public static JavaFileObject resource(String path) {
    return JavaFileObjects.forResource(path);
  }

  /** javac with Lamina's processor and summaries on. */
  public static Compiler javac() {
    return Compiler.javac().withProcessors(new NetworkProcessor()).withOptions("-Alamina.summary=true");
  }

  /** Compiles {@code files} with {@link #javac()}. */
  public static Compilation compile(JavaFileObject... files) {
    return javac().compile(files);
  }

  /**
   * The 1-based column of {@code value} within the only line of {@code file} that contains
   * {@code line}: where the compiler's caret must be. {@code value} is looked for from where
   * {@code line} starts, or, when it does not occur there, from the start of the line.
   */
  public static int column(JavaFileObject file, String line, String value) {
    List<String> lines = lines(file).stream().filter(l -> l.contains(line)).collect(Collectors.toList());
    assertWithMessage("lines containing %s", line).that(lines).hasSize(1);
    String text = lines.get(0);
    int at = text.indexOf(value, text.indexOf(line));
    if (at < 0) {
      at = text.indexOf(value);
    }
    assertWithMessage("%s in %s", value, text).that(at).isAtLeast(0);
    return at + 1;
  }

  /** The 1-based number of the only line of {@code file} containing {@code text}. */
  public static long line(JavaFileObject file, String text) {
    List<String> lines = lines(file);
    long found = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        assertWithMessage("second line containing %s", text).that(found).isEqualTo(-1);
        found = i + 1;
      }
    }
    assertWithMessage("line containing %s", text).that(found).isAtLeast(1);
    return found;
  }

  /** The lines of {@code file}. */
  public static List<String> lines(JavaFileObject file) {
    try {
      return file.getCharContent(true).toString().lines().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The texts of the errors that are Lamina's (start with {@code [Lamina}). */
  public static List<String> laminaErrors(Compilation compilation) {
    return compilation.errors().stream().map(d -> d.getMessage(null)).filter(m -> m.startsWith("[Lamina"))
        .collect(Collectors.toList());
  }

  /**
   * A diagnostic's text as the processor wrote it: javac indents every line after the first by two
   * spaces, Eclipse's compiler does not; this undoes javac's indentation.
   */
  public static String text(Diagnostic<? extends JavaFileObject> diagnostic) {
    return diagnostic.getMessage(null).replace("\n  ", "\n");
  }

  /** The summary note of network {@code name}, as the processor wrote it. */
  public static String summaryNote(Compilation compilation, String name) {
    List<String> notes = compilation.notes().stream().map(Networks::text)
        .filter(m -> m.startsWith("[LaminaSummary] " + name + "\n")).collect(Collectors.toList());
    assertWithMessage("summary notes of %s in %s", name, compilation.diagnostics()).that(notes).hasSize(1);
    return notes.get(0);
  }

  /** Every diagnostic, for failure messages. */
  public static String describe(List<Diagnostic<? extends JavaFileObject>> diagnostics) {
    return diagnostics.stream().map(Object::toString).collect(Collectors.joining("\n"));
  }
}
