package dev.lamina.keras;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.keras.golden.LaminaKerasFashionCnn;
import dev.lamina.runtime.Model;
import dev.lamina.runtime.data.array.ArrayDataset;
import dev.lamina.runtime.data.mnist.FashionMnist;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;

/** The code the README's "Bringing a Keras model" shows, run as written. */
class ReadmeExampleTest {
  @TempDir Path sourceRoot;

  @Test
  void theReadmesImportAndLoadRun() throws Exception {
    Path kerasFile = FashionKerasFileTest.file();
    ImportedInterface generated = KerasImport.writeInterface(kerasFile, "com.example", "FashionCnn", sourceRoot);
    generated.notes().forEach(System.out::println);                  // Keras settings left out, if any
    assertTrue(Files.isRegularFile(sourceRoot.resolve("com/example/FashionCnn.java")));

    ArrayDataset test = FashionMnist.builder().download(false).build().load().test().slice(0, 8);
    INDArray images = test.featuresArray().divi(255);
    Model model = LaminaKerasFashionCnn.create(0);                   // the class javac generated from the interface
    KerasWeightsReport report = KerasWeights.load(model, kerasFile);  // checks every layer first, then assigns
    INDArray probabilities = model.predict(images);                   // [N, 10]; images [N, 28, 28, 1] in [0, 1]
    assertEquals(158_106, report.values());
    assertArrayEquals(new long[] {8, 10}, probabilities.shape());
    int correct = 0;
    for (int i = 0; i < 8; i++) {
      correct += probabilities.getRow(i).argMax().getInt(0) == test.label(i) ? 1 : 0;
    }
    assertTrue(correct >= 7, correct + " of 8 test images classified right");
  }
}
