package dev.lamina.keras;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The generated interfaces: for each test model, the Keras 2 model file gives exactly the golden
 * source in {@code golden/} (which the build compiles with Lamina's processor), the Keras 3 archive
 * the same layers; {@code writeInterface} writes it under the package's folders.
 */
class KerasImportTest {
  private static final Path GOLDEN = Path.of("src/test/java/dev/lamina/keras/golden");

  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @CsvSource({"conv_kinds, KerasConvKinds, 12, 590", "dense_kinds, KerasDenseKinds, 11, 506",
      "small_kinds, KerasSmallKinds, 5, 17"})
  void bothFormatsGiveTheGoldenInterface(String model, String name, int layers, long params) throws Exception {
    String golden = Files.readString(GOLDEN.resolve(name + ".java"));
    ImportedInterface keras2 = KerasImport.generate(KerasFixtures.file(model + ".h5"), "dev.lamina.keras.golden", name);
    assertEquals(golden, keras2.source());
    assertEquals(layers, keras2.layers());
    assertEquals(params, keras2.params());
    ImportedInterface keras3 = KerasImport.generate(KerasFixtures.file(model + ".keras"), "dev.lamina.keras.golden",
        name);
    assertEquals(declaration(golden), declaration(keras3.source()));
    String javadoc = keras3.source().replaceAll("\\s+\\* ", " ");
    assertTrue(javadoc.contains("{@code " + model + ".keras} (a Keras 3 .keras archive written by Keras 3.3.3)"), javadoc);
  }

  @Test
  void trainingOnlySettingsAreListedAsNotes() throws Exception {
    assertEquals(List.of("conv2d (Conv2D): kernel_regularizer L2(l2=0.01): Lamina has no regularizers (they affect"
        + " training only; the weights load as they are)"),
        KerasImport.generate(KerasFixtures.file("conv_kinds.h5"), "p", "N").notes());
    assertEquals(List.of("fc (Dense): kernel_initializer RandomNormal(mean=0.0, stddev=0.05): Lamina has no such"
        + " initializer, so kernelInitializer keeps GLOROT_UNIFORM (it matters only when training starts from scratch)"),
        KerasImport.generate(KerasFixtures.file("dense_kinds.keras"), "p", "N").notes());
  }

  @Test
  void writeInterfaceWritesUnderThePackagesFolders() throws Exception {
    ImportedInterface written = KerasImport.writeInterface(FashionKerasFileTest.file(), "com.example", "FashionCnn", dir);
    Path expected = dir.resolve("com/example/FashionCnn.java");
    assertEquals(expected, written.file().orElseThrow());
    assertEquals(written.source(), Files.readString(expected));
    assertTrue(written.source().startsWith("package com.example;\n"));
    assertTrue(written.source().contains("public interface FashionCnn {"));
    assertFalse(Files.exists(dir.resolve("com/example/.FashionCnn.java.partial")));
  }

  @Test
  void invalidJavaNamesAreRefusedBeforeWriting() throws Exception {
    assertThrows(IllegalArgumentException.class,
        () -> KerasImport.writeInterface(FashionKerasFileTest.file(), "com.example", "Fashion Cnn", dir));
    assertThrows(IllegalArgumentException.class,
        () -> KerasImport.writeInterface(FashionKerasFileTest.file(), "com..example", "FashionCnn", dir));
    try (var files = Files.list(dir)) {
      assertEquals(0, files.count());
    }
  }

  /** Everything from {@code @Network} on: the layers, without the javadoc naming the file. */
  private static String declaration(String source) {
    return source.substring(source.indexOf("@Network"));
  }
}
