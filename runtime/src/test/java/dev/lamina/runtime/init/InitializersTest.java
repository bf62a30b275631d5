package dev.lamina.runtime.init;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.dsl.Initializer;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Keras's initializers: the uniform limits {@code sqrt(3 * scale / n)}, the truncated normals (cut at
 * two standard deviations, and corrected so that the result's standard deviation is
 * {@code sqrt(scale / n)}), zeros and ones, and reproducible per-tensor streams.
 */
class InitializersTest {
  private static final Fans FANS = Fans.of(3, 3, 16, 32); // in 144, out 288
  private static final int COUNT = 200_000;

  @ParameterizedTest(name = "{0}")
  @CsvSource({"GLOROT_UNIFORM, 1, AVG", "HE_UNIFORM, 2, IN", "LECUN_UNIFORM, 1, IN"})
  void uniformVariantsFillTheirKerasInterval(Initializer initializer, double scale, String mode) {
    double n = mode.equals("AVG") ? FANS.average() : FANS.in();
    double limit = Math.sqrt(3 * scale / n);
    double[] v = Initializers.sample(initializer, FANS, COUNT, new SplittableRandom(1));
    double max = 0;
    for (double x : v) {
      assertTrue(Math.abs(x) <= limit, x + " outside +-" + limit);
      max = Math.max(max, Math.abs(x));
    }
    assertTrue(max > 0.999 * limit, "the interval is filled to its edge");
    assertEquals(0, mean(v), 0.01 * limit);
    assertEquals(limit / Math.sqrt(3), stddev(v), 0.01 * limit);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"GLOROT_NORMAL, 1, AVG", "HE_NORMAL, 2, IN", "LECUN_NORMAL, 1, IN"})
  void normalVariantsAreTruncatedAtTwoDeviationsWithKerasCorrection(Initializer initializer, double scale,
      String mode) {
    double n = mode.equals("AVG") ? FANS.average() : FANS.in();
    double target = Math.sqrt(scale / n);
    double drawn = target / 0.87962566103423978;
    double[] v = Initializers.sample(initializer, FANS, COUNT, new SplittableRandom(2));
    for (double x : v) {
      assertTrue(Math.abs(x) <= 2 * drawn, x + " beyond two standard deviations " + 2 * drawn);
    }
    assertEquals(0, mean(v), 0.01 * target);
    assertEquals(target, stddev(v), 0.01 * target, "Keras's correction makes the stddev sqrt(scale / n)");
  }

  @Test
  void zerosAndOnes() {
    INDArray t = Nd4j.create(DataType.FLOAT, 4, 5);
    Initializers.fill(t, Initializer.ONES, 1, "l/gamma");
    assertEquals(20.0, t.sumNumber().doubleValue(), 0);
    Initializers.fill(t, Initializer.ZEROS, 1, "l/beta");
    assertEquals(0.0, t.amaxNumber().doubleValue(), 0);
  }

  @Test
  void eachTensorHasItsOwnReproducibleStream() {
    INDArray a = fill(DataType.DOUBLE, 7, "conv1/kernel");
    assertEquals(a, fill(DataType.DOUBLE, 7, "conv1/kernel"));
    assertNotEquals(a, fill(DataType.DOUBLE, 7, "conv2/kernel"));
    assertNotEquals(a, fill(DataType.DOUBLE, 8, "conv1/kernel"));
    assertEquals(a.castTo(DataType.FLOAT), fill(DataType.FLOAT, 7, "conv1/kernel"), "FLOAT is DOUBLE rounded");
  }

  @Test
  void derivedSeedsDependOnSeedAndPath() {
    assertEquals(Seeds.derive(1, "a/kernel"), Seeds.derive(1, "a/kernel"));
    assertNotEquals(Seeds.derive(1, "a/kernel"), Seeds.derive(1, "a/bias"));
    assertNotEquals(Seeds.derive(1, "a/kernel"), Seeds.derive(2, "a/kernel"));
  }

  private static INDArray fill(DataType type, long seed, String path) {
    INDArray t = Nd4j.create(type, 3, 3, 2, 4);
    Initializers.fill(t, Initializer.GLOROT_UNIFORM, seed, path);
    return t;
  }

  private static double mean(double[] v) {
    double s = 0;
    for (double x : v) {
      s += x;
    }
    return s / v.length;
  }

  private static double stddev(double[] v) {
    double m = mean(v);
    double s = 0;
    for (double x : v) {
      s += (x - m) * (x - m);
    }
    return Math.sqrt(s / v.length);
  }
}
