package dev.lamina.processor.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.processor.testing.PlainJavac;
import dev.lamina.processor.write.ProviderServiceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plain {@code javac} as a user runs it: a processor path without the processor's dependencies is a
 * {@code [LaminaSetup]} error naming the jar to add, not {@code [LaminaInternal]}; a complete one
 * generates the network and its service entry, and a later compilation into the same output
 * directory (an incremental build) keeps the entries of networks that still exist.
 */
class ProcessorPathTest {
  @TempDir
  Path dir;

  private Path network(String name) throws IOException {
    Path source = dir.resolve("src/demo/" + name + ".java");
    Files.createDirectories(source.getParent());
    return Files.writeString(source, """
        package demo;

        import dev.lamina.dsl.*;
        import dev.lamina.runtime.layer.*;

        @Network(input = @Input(height = 8, width = 8, channels = 1))
        public interface %s {
          @Conv2D(filters = 2, kernelSize = 3, padding = Padding.SAME) Conv2DLayer conv();
          @GlobalAvgPool Layer pool();
          @Dense(units = 3, activation = ActivationFunction.SOFTMAX) DenseLayer output();
        }
        """.formatted(name));
  }

  @Test
  void onlyTheProcessorOnTheProcessorPathIsASetUpErrorNamingTheAnnotationsJar() throws Exception {
    List<String> full = PlainJavac.processorPath();
    PlainJavac.Result result = PlainJavac.run(dir.resolve("out"), List.of(), List.of(full.get(0)), network("Net"));
    assertEquals(1, result.status(), result.output());
    assertTrue(result.output().contains("error: [LaminaSetup] Lamina's processor cannot load class dev.lamina.dsl.Padding:"
        + " the annotation processor path lacks lamina-dsl-annotations.jar."), result.output());
    assertTrue(result.output().contains("Add lamina-dsl-annotations.jar to -processorpath (e.g. -processorpath"
        + " lamina-processor.jar:lamina-dsl-annotations.jar:javapoet-1.13.0.jar)"), result.output());
    assertFalse(result.output().contains("LaminaInternal"), result.output());
    assertTrue(result.output().contains("1 error"), "reported once: " + result.output());
  }

  @Test
  void aMissingJavaPoetIsNamedToo() throws Exception {
    List<String> full = PlainJavac.processorPath();
    PlainJavac.Result result = PlainJavac.run(dir.resolve("out"), List.of(), full.subList(0, 2), network("Net"));
    assertEquals(1, result.status(), result.output());
    assertTrue(result.output().contains("[LaminaSetup] Lamina's processor cannot load class"
        + " com.squareup.javapoet.JavaFile: the annotation processor path lacks javapoet-1.13.0.jar."), result.output());
    assertFalse(result.output().contains("LaminaInternal"), result.output());
  }

  @Test
  void anIncrementalCompilationKeepsTheEntriesOfNetworksThatStillExist() throws Exception {
    Path out = Files.createDirectories(dir.resolve("out"));
    List<String> path = PlainJavac.processorPath();
    PlainJavac.Result first = PlainJavac.run(out, List.of(), path, network("First"), network("Second"));
    assertEquals(0, first.status(), first.output());
    assertEquals(List.of("demo.LaminaFirstProvider", "demo.LaminaSecondProvider"), entries(out));

    // Only Third changed: the earlier entries stay while their classes are in the output directory.
    PlainJavac.Result third = PlainJavac.run(out, List.of(out.toString()), path, network("Third"));
    assertEquals(0, third.status(), third.output());
    assertEquals(List.of("demo.LaminaFirstProvider", "demo.LaminaSecondProvider", "demo.LaminaThirdProvider"),
        entries(out));

    // Second was deleted: the build tool removed what was generated from it, so its entry goes too.
    Files.delete(out.resolve("demo/LaminaSecondProvider.class"));
    Files.delete(out.resolve("demo/LaminaSecondProvider.java"));
    PlainJavac.Result again = PlainJavac.run(out, List.of(out.toString()), path, network("Third"));
    assertEquals(0, again.status(), again.output());
    assertEquals(List.of("demo.LaminaFirstProvider", "demo.LaminaThirdProvider"), entries(out));
  }

  private static List<String> entries(Path out) throws IOException {
    return Files.readAllLines(out.resolve(ProviderServiceFile.PATH)).stream().filter(l -> !l.startsWith("#")).toList();
  }
}
