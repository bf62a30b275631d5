package dev.lamina.runtime.data.mnist;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.runtime.data.Batch;
import dev.lamina.runtime.data.BatchIterator;
import dev.lamina.runtime.data.Order;
import dev.lamina.runtime.data.array.ArrayDataset;
import dev.lamina.runtime.data.preprocess.Scaling;
import dev.lamina.runtime.data.preprocess.Split;
import dev.lamina.runtime.data.preprocess.StandardScaler;
import dev.lamina.runtime.data.preprocess.TrainValidation;
import java.io.IOException;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real Fashion-MNIST files of Debian's dataset-fashion-mnist (installed by CI). Reference figures
 * were computed independently with python3 (gzip + struct + numpy) from the same files.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FashionMnistTest {
  private MnistData fashion;
  private TrainValidation split;

  @BeforeAll
  void load(@TempDir Path emptyCache) throws IOException {
    // No environment, an empty cache, no download: only the Debian directory can serve.
    fashion = FashionMnist.builder().environment(Map.of()).cacheDirectory(emptyCache).download(false)
        .build().load();
    split = Split.first(5000).of(fashion.train());
  }

  @AfterAll
  void release() {
    fashion = null;
    split = null;
  }

  private static int[] histogram(ArrayDataset data) {
    int[] counts = new int[10];
    for (int label : data.labels()) {
      counts[label]++;
    }
    return counts;
  }

  private static long pixelSum(float[] pixels) {
    long sum = 0;
    for (float p : pixels) {
      sum += (long) p;
    }
    return sum;
  }

  @Test
  void loadsFromTheDebianDirectory() {
    assertEquals(FashionMnist.DEBIAN_DIRECTORY, fashion.directory());
    assertEquals(FashionMnist.CLASS_NAMES, fashion.classNames());
    assertEquals("Ankle boot", fashion.classNames().get(9));
  }

  @Test
  void countsAndShapes() {
    assertEquals(60_000, fashion.train().size());
    assertEquals(10_000, fashion.test().size());
    assertArrayEquals(new int[] {28, 28, 1}, fashion.train().exampleShape());
    assertEquals(10, fashion.test().classCount());
  }

  @Test
  void sixThousandTrainingAndOneThousandTestImagesPerClass() {
    assertArrayEquals(new int[] {6000, 6000, 6000, 6000, 6000, 6000, 6000, 6000, 6000, 6000},
        histogram(fashion.train()));
    assertArrayEquals(new int[] {1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000},
        histogram(fashion.test()));
  }

  @Test
  void knownPixelsAndLabels() {
    float[] first = fashion.train().example(0);
    assertEquals(76_247, pixelSum(first));
    assertEquals(433, (int) java.util.stream.IntStream.range(0, 784).filter(i -> first[i] != 0).count());
    assertEquals(217f, first[14 * 28 + 14]);
    assertEquals(9, fashion.train().label(0));
    assertEquals(33_456, pixelSum(fashion.test().example(0)));
    assertEquals(9, fashion.test().label(0));
    assertEquals(16_684, pixelSum(fashion.train().example(59_999)));
    assertEquals(5, fashion.train().label(59_999));
    float[] all = new float[60_000 * 784];
    fashion.train().features().get(all);
    assertEquals(3_431_114_169L, pixelSum(all));
  }

  @Test
  void tutorialSplitHoldsOutTheFirst5000() {
    assertEquals(5_000, split.validation().size());
    assertEquals(55_000, split.train().size());
    assertArrayEquals(new int[] {457, 556, 504, 501, 488, 493, 493, 512, 490, 506}, histogram(split.validation()));
    assertEquals(94_772, pixelSum(split.train().example(0)), "train starts at image 5000");
    assertEquals(4, split.train().label(0));
  }

  @Test
  void tutorialScalerFiguresAndStandardizedMoments() {
    StandardScaler scaler = StandardScaler.fit(split.train());
    assertEquals(72.937899, scaler.mean(), 1e-5);
    assertEquals(89.989722, scaler.std(), 1e-5);
    double[] train = moments(scaler.transform(split.train()).features());
    assertEquals(0, train[0], 1e-6);
    assertEquals(1, train[1], 1e-6);
    double[] validation = moments(scaler.transform(split.validation()).features());
    assertEquals(0.000327, validation[0], 1e-5);
    assertEquals(1.004187, validation[1], 1e-5);
    double[] test = moments(scaler.transform(fashion.test()).features());
    assertEquals(0.002319, test[0], 1e-5);
    assertEquals(0.998706, test[1], 1e-5);
  }

  @Test
  void perFeatureScalerFigures() {
    StandardScaler scaler = StandardScaler.fit(split.train(), Scaling.PER_FEATURE);
    assertEquals(784, scaler.means().length);
    assertEquals(0.000745, scaler.means()[0], 1e-6);
    assertEquals(104.696545, scaler.means()[400], 1e-5);
    assertEquals(89.697608, scaler.stds()[400], 1e-5);
  }

  @Test
  void tutorialBatchesOfThirtyTwo() {
    int rows = 0;
    try (BatchIterator it = split.train().batches(32, Order.shuffled(42))) {
      assertEquals(1719, it.batchCount());
      Batch last = null;
      while (it.hasNext()) {
        last = it.next();
        rows += last.size();
      }
      assertEquals(24, last.size());
      assertArrayEquals(new long[] {24, 28, 28, 1}, last.features().shape());
    }
    assertEquals(55_000, rows);
  }

  private static double[] moments(FloatBuffer values) {
    double sum = 0;
    for (int i = 0; i < values.limit(); i++) {
      sum += values.get(i);
    }
    double mean = sum / values.limit();
    double squares = 0;
    for (int i = 0; i < values.limit(); i++) {
      double d = values.get(i) - mean;
      squares += d * d;
    }
    assertTrue(values.limit() > 0);
    return new double[] {mean, Math.sqrt(squares / values.limit())};
  }
}
