package dev.lamina.processor.testing;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.jar.JarFile;

/**
 * The {@code javac} program of this JDK run as a user runs it, in a process of its own (an in-process
 * compiler would load the processor's dependencies from the test's class path), with class path
 * entries picked from the test's class path by the classes they hold.
 */
public final class PlainJavac {
  private PlainJavac() {}

  /** What {@code javac} printed and its exit status. */
  public record Result(int status, String output) {}

  /** The entry of the test's class path (jar or directory) that holds {@code classFile}, e.g. {@code dev/lamina/dsl/Padding.class}. */
  public static String entryHolding(String classFile) {
    return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(e -> !e.isEmpty() && holds(Path.of(e), classFile)).findFirst()
        .orElseThrow(() -> new AssertionError("no class path entry holds " + classFile));
  }

  /** The processor's classes, its annotations' and JavaPoet's: a complete processor path, in that order. */
  public static List<String> processorPath() {
    return List.of(entryHolding("dev/lamina/processor/NetworkProcessor.class"),
        entryHolding("dev/lamina/dsl/Padding.class"), entryHolding("com/squareup/javapoet/JavaFile.class"));
  }

  /**
   * Runs {@code javac -d out -cp classPath -processorpath processorPath sources...}.
   *
   * @param classPath the class path (the test's, plus {@code extra} entries first)
   */
  public static Result run(Path out, List<String> extra, List<String> processorPath, Path... sources)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "javac").toString(),
        "-d", out.toString(), "-implicit:none"));
    List<String> classPath = new ArrayList<>(extra);
    classPath.add(System.getProperty("java.class.path"));
    command.addAll(List.of("-cp", String.join(File.pathSeparator, classPath)));
    command.addAll(List.of("-processorpath", String.join(File.pathSeparator, processorPath)));
    for (Path s : sources) {
      command.add(s.toString());
    }
    Process javac = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(javac.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Result(javac.waitFor(), output);
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
      return false;
    }
  }
}
