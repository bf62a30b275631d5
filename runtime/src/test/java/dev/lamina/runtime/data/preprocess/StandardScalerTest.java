package dev.lamina.runtime.data.preprocess;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lamina.runtime.data.array.ArrayDataset;
import java.nio.FloatBuffer;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class StandardScalerTest {
  /** Two 1x2x1 examples: pixels {1, 5} and {3, 5}. */
  private static final ArrayDataset TWO = ArrayDataset.of(new float[] {1, 5, 3, 5}, new int[] {1, 2, 1},
      new int[] {0, 1}, 2);

  @Test
  void globalScalingUsesOneMeanAndThePopulationStd() {
    StandardScaler scaler = StandardScaler.fit(TWO);
    assertEquals(Scaling.GLOBAL, scaler.scaling());
    // values 1, 5, 3, 5: mean 3.5, population variance (6.25 + 2.25 + 0.25 + 2.25) / 4 = 2.75
    assertEquals(3.5, scaler.mean(), 1e-12);
    assertEquals(Math.sqrt(2.75), scaler.std(), 1e-12);
    FloatBuffer z = scaler.transform(TWO).features();
    double s = Math.sqrt(2.75);
    assertArrayEquals(new float[] {(float) (-2.5 / s), (float) (1.5 / s), (float) (-0.5 / s), (float) (1.5 / s)},
        new float[] {z.get(0), z.get(1), z.get(2), z.get(3)});
  }

  @Test
  void perFeatureScalingGivesEachPixelItsOwnStatisticsAndLeavesConstantsAtStdOne() {
    StandardScaler scaler = StandardScaler.fit(TWO, Scaling.PER_FEATURE);
    assertArrayEquals(new double[] {2, 5}, scaler.means(), 1e-12);
    assertArrayEquals(new double[] {1, 1}, scaler.stds(), 1e-12); // pixel 1 is constant: std 0 becomes 1
    FloatBuffer z = scaler.transform(TWO).features();
    assertArrayEquals(new float[] {-1, 0, 1, 0}, new float[] {z.get(0), z.get(1), z.get(2), z.get(3)});
    assertThrows(IllegalStateException.class, scaler::mean);
  }

  @Test
  void fitsOnTrainingDataAndAppliesItElsewhereKeepingLabels() {
    ArrayDataset other = ArrayDataset.of(new float[] {3.5f, 3.5f}, new int[] {1, 2, 1}, new int[] {1}, 2);
    ArrayDataset scaled = StandardScaler.fit(TWO).transform(other);
    assertEquals(0f, scaled.features().get(1));
    assertEquals(1, scaled.label(0));
    assertEquals(3.5f, other.features().get(0), "the input is not modified");
  }

  @Test
  void transformsArraysToPredictOn() {
    INDArray x = Nd4j.createFromArray(new float[] {1, 5, 3, 5}).reshape(2, 1, 2, 1);
    INDArray global = StandardScaler.fit(TWO).transform(x);
    assertEquals(1.5 / Math.sqrt(2.75), global.getDouble(1, 0, 1, 0), 1e-6);
    assertEquals(1f, x.getFloat(0, 0, 0, 0), "the input is not modified");
    INDArray perFeature = StandardScaler.fit(TWO, Scaling.PER_FEATURE).transform(x.castTo(DataType.DOUBLE));
    assertEquals(DataType.DOUBLE, perFeature.dataType());
    assertArrayEquals(new double[] {-1, 0, 1, 0}, perFeature.data().asDouble(), 1e-12);
  }

  @Test
  void perFeatureScalersRejectOtherExampleSizes() {
    StandardScaler scaler = StandardScaler.fit(TWO, Scaling.PER_FEATURE);
    ArrayDataset wider = ArrayDataset.of(new float[3], new int[] {1, 3, 1}, new int[] {0}, 2);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> scaler.transform(wider));
    assertEquals("this scaler was fitted per feature on examples of 2 values; these have 3", e.getMessage());
  }

  @Test
  void fittingInBatchesAgreesWithFittingInMemory() {
    float[] x = new float[3000];
    java.util.Random random = new java.util.Random(4);
    for (int i = 0; i < x.length; i++) {
      x[i] = (float) (1000 + 30 * random.nextGaussian());
    }
    ArrayDataset data = ArrayDataset.of(x, new int[] {10, 10, 3}, new int[10], 1);
    StandardScaler inMemory = StandardScaler.fit(data);
    dev.lamina.runtime.data.Dataset streamed = new dev.lamina.runtime.data.Dataset() {
      @Override
      public int size() {
        return data.size();
      }

      @Override
      public int[] exampleShape() {
        return data.exampleShape();
      }

      @Override
      public int[] labelShape() {
        return data.labelShape();
      }

      @Override
      public dev.lamina.runtime.data.BatchIterator batches(int batchSize, dev.lamina.runtime.data.Order order) {
        return data.batches(3, order);   // batches of 3 examples, so that many are combined
      }
    };
    StandardScaler batched = StandardScaler.fit(streamed);
    assertEquals(inMemory.mean(), batched.mean(), 1e-9 * inMemory.mean());
    assertEquals(inMemory.std(), batched.std(), 1e-9 * inMemory.std());
  }
}
