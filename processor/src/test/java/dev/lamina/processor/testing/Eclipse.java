package dev.lamina.processor.testing;

import dev.lamina.processor.NetworkProcessor;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import org.eclipse.jdt.internal.compiler.tool.EclipseCompiler;

/** Runs Lamina's processor under Eclipse's compiler (ecj) through {@code javax.tools}. */
public final class Eclipse {
  private Eclipse() {}

  /**
   * What ecj reported.
   *
   * @param success whether it compiled
   * @param diagnostics its diagnostics
   * @param log what it printed
   */
  public record Result(boolean success, DiagnosticCollector<JavaFileObject> diagnostics, String log) {}

  /**
   * Compiles {@code sources} with ecj at Java 17, the test class path, Lamina's processor and
   * summaries on. ecj reads sources from files only, so each is written to a temporary directory
   * first, under its package's path.
   */
  public static Result compile(JavaFileObject... sources) {
    JavaCompiler ecj = new EclipseCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    StringWriter log = new StringWriter();
    try (StandardJavaFileManager fileManager = ecj.getStandardFileManager(diagnostics, Locale.ROOT,
        StandardCharsets.UTF_8)) {
      Path root = Files.createTempDirectory("lamina-ecj");
      Path out = Files.createDirectories(root.resolve("out"));
      List<File> files = new ArrayList<>();
      for (JavaFileObject source : sources) {
        String path = source.getName().substring(source.getName().lastIndexOf("/test/") + 1);
        Path file = root.resolve("src").resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, source.getCharContent(true));
        files.add(file.toFile());
      }
      fileManager.setLocation(StandardLocation.CLASS_OUTPUT, List.of(out.toFile()));
      fileManager.setLocation(StandardLocation.SOURCE_OUTPUT, List.of(out.toFile()));
      fileManager.setLocation(StandardLocation.CLASS_PATH,
          Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator)).map(File::new).toList());
      JavaCompiler.CompilationTask task = ecj.getTask(log, fileManager, diagnostics,
          List.of("-17", "-Alamina.summary=true"), null, fileManager.getJavaFileObjectsFromFiles(files));
      task.setProcessors(List.of(new NetworkProcessor()));
      boolean success = task.call();
      return new Result(success, diagnostics, log.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
