package dev.lamina.cli.testing;

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
 * A user's project outside Lamina's modules: sources compiled by the JDK's {@code javac} program, in
 * a process of its own, with Lamina's jars as the README's plain-javac set-up gives them: the
 * annotations and the runtime (with its dependencies) on the class path, the processor with the
 * annotations and JavaPoet on the processor path. The jars are found on this test's class path by
 * the classes they hold.
 */
public final class UserProject {
  private UserProject() {}

  /**
   * Compiles {@code sources} into {@code classes}.
   *
   * @return javac's output
   * @throws AssertionError if javac fails
   */
  public static String compile(Path classes, List<Path> sources) throws IOException, InterruptedException {
    Files.createDirectories(classes);
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "javac").toString(),
        "-d", classes.toString(), "-cp", classPath(), "-processorpath", processorPath()));
    sources.forEach(s -> command.add(s.toString()));
    Process javac = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(javac.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (javac.waitFor() != 0) {
      throw new AssertionError("javac failed:\n" + String.join(" ", command) + "\n" + output);
    }
    return output;
  }

  /**
   * What a user's class path holds: every entry of this test's class path but Lamina's own modules
   * other than the annotations and the runtime (no samples, no processor, no CLI, no test classes).
   */
  public static String classPath() {
    return String.join(File.pathSeparator, Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(e -> !e.isEmpty())
        .filter(e -> !holds(e, "dev/lamina/samples/FashionCnn.class") && !holds(e, "dev/lamina/cli/LaminaCli.class")
            && !holds(e, "dev/lamina/processor/NetworkProcessor.class") && !holds(e, "com/squareup/javapoet/JavaFile.class")
            && !holds(e, "dev/lamina/cli/CliRun.class") && !holds(e, "org/junit/jupiter/api/Test.class"))
        .toList());
  }

  /** The processor path of the README's set-up: the processor, the annotations and JavaPoet. */
  public static String processorPath() {
    return String.join(File.pathSeparator, entryHolding("dev/lamina/processor/NetworkProcessor.class"),
        entryHolding("dev/lamina/dsl/Padding.class"), entryHolding("com/squareup/javapoet/JavaFile.class"));
  }

  private static String entryHolding(String classFile) {
    return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(e -> !e.isEmpty() && holds(e, classFile)).findFirst()
        .orElseThrow(() -> new AssertionError("no class path entry holds " + classFile));
  }

  private static boolean holds(String entry, String classFile) {
    Path path = Path.of(entry);
    if (Files.isDirectory(path)) {
      return Files.exists(path.resolve(classFile));
    }
    if (!Files.isRegularFile(path)) {
      return false;
    }
    try (JarFile jar = new JarFile(path.toFile())) {
      return jar.getEntry(classFile) != null;
    } catch (IOException e) {
      return false;
    }
  }
}
