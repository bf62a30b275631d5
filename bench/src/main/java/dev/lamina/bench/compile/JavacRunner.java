package dev.lamina.bench.compile;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles one source file with javac and times it: in this JVM through {@code javax.tools}, or as a
 * separate {@code javac} process. Every compilation writes into a fresh scratch directory.
 */
final class JavacRunner {
  private final Path source;
  private final String classPath;
  private final String processorPath;
  private final Path scratch;
  private int runs;

  /**
   * @param source the {@code .java} file
   * @param classPath the class path to compile against
   * @param processorPath the {@code -processorpath}: the processor and its dependencies
   * @param scratch a directory for the compilers' output
   */
  JavacRunner(Path source, String classPath, String processorPath, Path scratch) {
    this.source = source;
    this.classPath = classPath;
    this.processorPath = processorPath;
    this.scratch = scratch;
  }

  /**
   * Compiles in this JVM with a new file manager.
   *
   * @return milliseconds
   * @throws IllegalStateException if the source does not compile; the message has javac's errors
   */
  double inProcess(ProcessingMode mode) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      throw new IllegalStateException("no system Java compiler: run the benchmark with a JDK, not a JRE");
    }
    Path out = freshDirectory();
    try {
      DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
      StringWriter messages = new StringWriter();
      long t0 = System.nanoTime();
      boolean ok;
      try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT,
          StandardCharsets.UTF_8)) {
        ok = javac.getTask(messages, files, diagnostics, options(mode, out), null,
            files.getJavaFileObjectsFromPaths(List.of(source))).call();
      }
      long nanos = System.nanoTime() - t0;
      if (!ok) {
        throw new IllegalStateException("javac (" + mode.description() + ") failed on " + source + ":\n"
            + diagnostics.getDiagnostics() + messages);
      }
      return nanos / 1e6;
    } finally {
      delete(out);
    }
  }

  /**
   * Compiles with a new {@code javac} process of this JDK.
   *
   * @return wall-clock milliseconds, process start included
   * @throws IllegalStateException if javac fails
   */
  double newProcess(ProcessingMode mode) throws IOException, InterruptedException {
    Path out = freshDirectory();
    try {
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "javac").toString());
      command.addAll(options(mode, out));
      command.add(source.toString());
      Path log = out.resolve("javac.log");
      long t0 = System.nanoTime();
      Process javac = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
      int status = javac.waitFor();
      long nanos = System.nanoTime() - t0;
      if (status != 0) {
        throw new IllegalStateException("javac (" + mode.description() + ") failed on " + source + " with status "
            + status + ":\n" + Files.readString(log));
      }
      return nanos / 1e6;
    } finally {
      delete(out);
    }
  }

  /** The options of a compilation in {@code mode} writing under {@code out}. */
  List<String> options(ProcessingMode mode, Path out) {
    List<String> options = new ArrayList<>(List.of("-d", out.resolve("classes").toString(),
        "-s", out.resolve("generated").toString(), "-classpath", classPath, "-implicit:none", "-nowarn",
        "-encoding", "UTF-8"));
    if (mode != ProcessingMode.WITHOUT_PROCESSOR) {
      options.addAll(List.of("-processorpath", processorPath));
    }
    options.addAll(mode.options());
    return options;
  }

  private Path freshDirectory() throws IOException {
    Path out = scratch.resolve("compile-" + (runs++));
    Files.createDirectories(out.resolve("classes"));
    Files.createDirectories(out.resolve("generated"));
    return out;
  }

  private static void delete(Path directory) throws IOException {
    try (Stream<Path> paths = Files.walk(directory)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
