package dev.lamina.keras;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.keras.file.KerasFormat;
import dev.lamina.keras.golden.LaminaKerasFashionCnn;
import dev.lamina.runtime.Model;
import dev.lamina.runtime.data.array.ArrayDataset;
import dev.lamina.runtime.data.mnist.FashionMnist;
import dev.lamina.runtime.loss.Losses;
import dev.lamina.runtime.metric.MetricKey;
import dev.lamina.runtime.metric.Metrics;
import dev.lamina.runtime.train.Evaluation;
import dev.lamina.runtime.train.Trainer;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The real Keras-written file {@code /work/shared/keras/fashion_cnn_keras2.h5} (Keras 2.4.0,
 * {@code model.save}): its generated interface is the golden copy in {@code golden/}, which this
 * module's test compilation compiles with Lamina's processor; loaded into that network, its weights
 * classify the real Fashion-MNIST test set as a trained model does.
 */
class FashionKerasFileTest {
  static final Path FILE = Path.of("../../shared/keras/fashion_cnn_keras2.h5").toAbsolutePath().normalize();
  static final Path SHARED = Path.of("/work/shared/keras/fashion_cnn_keras2.h5");
  private static final Path GOLDEN = Path.of("src/test/java/dev/lamina/keras/golden/KerasFashionCnn.java");

  /** The file: /work/shared in this workplace, ../shared beside a CI clone. */
  static Path file() {
    return Files.exists(SHARED) ? SHARED : FILE;
  }

  @Test
  void theGeneratorWritesTheGoldenInterface() throws Exception {
    ImportedInterface generated = KerasImport.generate(file(), "dev.lamina.keras.golden", "KerasFashionCnn");
    assertEquals(Files.readString(GOLDEN), generated.source());
    assertEquals("dev.lamina.keras.golden.KerasFashionCnn", generated.qualifiedName());
    assertEquals(12, generated.layers());
    assertEquals(158_106, generated.params());
    assertTrue(generated.notes().isEmpty(), generated.notes().toString());
  }

  @Test
  void theLoadedNetworkClassifiesFashionMnistAsTheNotebookReported() throws Exception {
    Model model = LaminaKerasFashionCnn.create(0);
    KerasWeightsReport report = KerasWeights.load(model, file());
    assertEquals(KerasFormat.KERAS2_MODEL, report.format());
    assertEquals(6, report.layers());
    assertEquals(12, report.tensors());
    assertEquals(158_106, report.values());
    assertTrue(report.warnings().isEmpty(), report.warnings().toString());

    ArrayDataset test = scaledTo01(FashionMnist.builder().download(false).build().load().test());
    Trainer trainer = Trainer.builder(model).loss(Losses.sparseCategoricalCrossentropy())
        .metrics(Metrics.accuracy()).build();
    Evaluation evaluation = trainer.evaluate(test, 500);
    double accuracy = evaluation.get(MetricKey.ACCURACY);
    System.out.printf("fashion_cnn_keras2.h5 in Lamina: test loss %.4f, accuracy %.4f (the notebook: loss 0.2308,"
        + " accuracy 0.9218)%n", evaluation.loss(), accuracy);
    assertEquals(10_000, test.size());
    // Chance is 0.1; the notebook measured 0.9218 in Keras. Float32 sums in another order may flip a
    // handful of the 10,000 predictions, no more.
    assertEquals(0.9218, accuracy, 0.002);
    assertEquals(0.2308, evaluation.loss(), 0.002);
  }

  /** The notebook's preprocessing: pixels divided by 255. */
  private static ArrayDataset scaledTo01(ArrayDataset data) {
    FloatBuffer pixels = data.features();
    float[] scaled = new float[pixels.remaining()];
    for (int i = 0; i < scaled.length; i++) {
      scaled[i] = pixels.get(i) / 255f;
    }
    return data.withFeatures(scaled);
  }
}
