package dev.lamina.bench.compile;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Collectors;

/** Class path surgery for compile-cost: the samples' compiled networks must not shadow the sources compiled. */
final class ClassPaths {
  /** Classes that mark the processor path's entries: Lamina's processor, JavaPoet and the DSL annotations. */
  static final List<String> PROCESSOR_CLASSES = List.of("dev/lamina/processor/NetworkProcessor.class",
      "com/squareup/javapoet/JavaFile.class", "dev/lamina/dsl/Network.class");

  private ClassPaths() {}

  /**
   * {@code classPath} without the entries (jar or directory) that hold any of {@code classFiles}
   * (e.g. {@code dev/lamina/samples/FashionCnn.class}).
   */
  static String without(String classPath, List<String> classFiles) {
    return Arrays.stream(classPath.split(File.pathSeparator)).filter(e -> !e.isEmpty())
        .filter(e -> classFiles.stream().noneMatch(c -> holds(Path.of(e), c)))
        .collect(Collectors.joining(File.pathSeparator));
  }

  /**
   * The entries of {@code classPath} that hold any of {@code classFiles}: with the processor's, JavaPoet's
   * and the annotations' classes, the {@code -processorpath} that Maven's {@code annotationProcessorPaths}
   * gives javac (so that javac looks for processors in those jars only, not in every jar of the class path).
   */
  static String only(String classPath, List<String> classFiles) {
    return Arrays.stream(classPath.split(File.pathSeparator)).filter(e -> !e.isEmpty())
        .filter(e -> classFiles.stream().anyMatch(c -> holds(Path.of(e), c)))
        .collect(Collectors.joining(File.pathSeparator));
  }

  private static boolean holds(Path entry, String classFile) {
    if (Files.isDirectory(entry)) {
      return Files.exists(entry.resolve(classFile));
    }
    if (!Files.isRegularFile(entry)) {
      return false;
    }
    try (JarFile jar = new JarFile(entry.toFile())) {
      return jar.getEntry(classFile) != null;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read class path entry " + entry + ": " + e.getMessage(), e);
    }
  }
}
