package dev.lamina.cli.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.runtime.data.preprocess.StandardScaler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run's data record: written and read back, read from runs made before image folders, refused when unusable. */
class PreprocessingTest {
  @TempDir
  Path run;

  @Test
  void aRecordReadsBackAsWritten() throws IOException {
    Preprocessing written = new Preprocessing("com.example.ColourCnn", Preprocessing.IMAGE_FOLDER,
        Preprocessing.RESCALE, 0, 255, 45, 0, "/data/training", null, "/data/test", 42, List.of("a", "b"),
        List.of("Apple", "Banana")).withNetwork("com.example.ColourCnn");
    written.writeTo(run);
    Preprocessing read = Preprocessing.besides(run.resolve("last.lamina")).orElseThrow();
    assertEquals(written, read);
    assertTrue(read.imageFolder());
    assertArrayEquals(new double[] {0, 1}, read.valueRange(), 1e-12);
    assertFalse(Files.readString(run.resolve(Preprocessing.FILE_NAME)).contains("validationDir"),
        "absent fields are left out");
  }

  @Test
  void aRecordOfAnEarlierFashionRunIsAStandardizedFashionRun() throws IOException {
    Files.writeString(run.resolve(Preprocessing.FILE_NAME), """
        {
          "mean" : 72.94,
          "std" : 90.02,
          "validationSize" : 5000,
          "trainLimit" : 0
        }
        """);
    Preprocessing p = Preprocessing.besides(run.resolve("best.lamina")).orElseThrow();
    assertFalse(p.imageFolder());
    assertEquals(IdxDataset.FASHION_MNIST, p.idxDataset());
    assertEquals(Preprocessing.STANDARDIZE, p.scalingOrDefault());
    assertNull(p.network());
    assertEquals(StandardScaler.of(72.94, 90.02).toString(), p.scaler().toString());
  }

  @Test
  void anUnusableRecordIsAnErrorNamingTheFile() throws IOException {
    Path file = run.resolve(Preprocessing.FILE_NAME);
    Files.writeString(file, "{\"mean\" : 1, \"std\" : 0}");
    IOException zero = assertThrows(IOException.class, () -> Preprocessing.besides(run.resolve("x.lamina")));
    assertTrue(zero.getMessage().startsWith(file + " is not a usable preprocessing record: 'std' must be positive"),
        zero.getMessage());
    Files.writeString(file, "{\"dataset\" : \"cifar\", \"mean\" : 1, \"std\" : 2}");
    IOException unknown = assertThrows(IOException.class, () -> Preprocessing.besides(run.resolve("x.lamina")));
    assertTrue(unknown.getMessage().contains("no dataset named 'cifar'"), unknown.getMessage());
    Files.writeString(file, "not json");
    IOException broken = assertThrows(IOException.class, () -> Preprocessing.besides(run.resolve("x.lamina")));
    assertTrue(broken.getMessage().startsWith(file + " is not a readable preprocessing record"), broken.getMessage());
  }
}
