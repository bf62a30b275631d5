package dev.lamina.bench.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JavacRunnerTest {
  /** The samples' sources, from this module's directory (where Maven runs the tests). */
  private static final Path SAMPLES = Path.of("../samples/src/main/java/dev/lamina/samples");
  private static final List<String> NETWORK_CLASSES = List.of("dev/lamina/samples/FashionCnn.class",
      "dev/lamina/samples/LaminaFashionCnn.class");

  @TempDir
  Path scratch;

  private static String classPath() {
    return ClassPaths.without(System.getProperty("java.class.path"), NETWORK_CLASSES);
  }

  private static String processorPath() {
    return ClassPaths.only(classPath(), ClassPaths.PROCESSOR_CLASSES);
  }

  @Test
  void compilesASampleNetworkInEveryModeAndCleansUp() throws IOException {
    JavacRunner javac = new JavacRunner(SAMPLES.resolve("FashionCnn.java"), classPath(), processorPath(), scratch);
    for (ProcessingMode mode : ProcessingMode.values()) {
      assertTrue(javac.inProcess(mode) > 0, mode.toString());
    }
    try (var left = Files.list(scratch)) {
      assertEquals(0, left.count());
    }
  }

  @Test
  void theProcessorRunsUnlessDisabled() throws IOException {
    Path source = Files.writeString(scratch.resolve("NoFlatten.java"), """
        package demo;
        import dev.lamina.dsl.Dense;
        import dev.lamina.dsl.Input;
        import dev.lamina.dsl.Network;
        import dev.lamina.runtime.layer.DenseLayer;
        @Network(input = @Input(height = 1, width = 1, channels = 4))
        public interface NoFlatten {
          @Dense(units = 2) DenseLayer dense();
        }
        """);
    Path out = Files.createDirectories(scratch.resolve("out"));
    JavacRunner javac = new JavacRunner(source, classPath(), processorPath(), out);
    assertTrue(javac.inProcess(ProcessingMode.WITHOUT_PROCESSOR) > 0);
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> javac.inProcess(ProcessingMode.WITH_PROCESSOR));
    assertTrue(e.getMessage().startsWith("javac (with processor) failed on " + source), e.getMessage());
    assertTrue(e.getMessage().contains("NoFlatten.java:8: error: [LaminaMissingFlatten] dense: @Dense needs a flat input"),
        e.getMessage());
  }

  @Test
  void classPathEntriesHoldingTheCompiledNetworksAreLeftOut(@TempDir Path dir) throws IOException {
    Path classes = Files.createDirectories(dir.resolve("classes/dev/lamina/samples"));
    Files.writeString(classes.resolve("FashionCnn.class"), "");
    Path other = Files.createDirectories(dir.resolve("other"));
    Path jar = dir.resolve("samples.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      out.putNextEntry(new JarEntry("dev/lamina/samples/LaminaFashionCnn.class"));
      out.closeEntry();
    }
    Path lib = dir.resolve("lib.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(lib))) {
      out.putNextEntry(new JarEntry("lib/Thing.class"));
      out.closeEntry();
    }
    String path = String.join(File.pathSeparator, dir.resolve("classes").toString(), other.toString(), jar.toString(),
        lib.toString(), dir.resolve("missing.jar").toString());
    assertEquals(String.join(File.pathSeparator, other.toString(), lib.toString(), dir.resolve("missing.jar").toString()),
        ClassPaths.without(path, NETWORK_CLASSES));
    assertEquals(String.join(File.pathSeparator, dir.resolve("classes").toString(), jar.toString()),
        ClassPaths.only(path, NETWORK_CLASSES));
  }

  @Test
  void theProcessorPathHoldsTheProcessorJavaPoetAndTheAnnotationsOnly() {
    String[] entries = processorPath().split(File.pathSeparator);
    assertEquals(3, entries.length, String.join("\n", entries));
  }
}
