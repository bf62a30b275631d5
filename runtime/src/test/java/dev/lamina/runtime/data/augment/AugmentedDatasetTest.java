package dev.lamina.runtime.data.augment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.runtime.data.Batch;
import dev.lamina.runtime.data.BatchIterator;
import dev.lamina.runtime.data.Dataset;
import dev.lamina.runtime.data.Order;
import dev.lamina.runtime.data.array.ArrayDataset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The augmenting pipeline: reproducible per (seed, position), different across epochs, labels and
 * per-pixel targets kept with their images, every batch (the last partial one too) delivered.
 */
class AugmentedDatasetTest {
  private static final int N = 10;
  private static final int SIDE = 6;

  /** Image {@code i} is a ramp {@code i * 100 + pixel}, label {@code i % 3}. */
  private static ArrayDataset ramps() {
    float[] x = new float[N * SIDE * SIDE];
    int[] labels = new int[N];
    for (int i = 0; i < N; i++) {
      labels[i] = i % 3;
      for (int p = 0; p < SIDE * SIDE; p++) {
        x[i * SIDE * SIDE + p] = i * 100 + p;
      }
    }
    return ArrayDataset.of(x, new int[] {SIDE, SIDE, 1}, labels, 3);
  }

  private static final Augmentation AUGMENT = Augmentation.builder().randomFlip(FlipMode.HORIZONTAL_AND_VERTICAL)
      .randomRotation(0.1).randomZoom(0.2).randomTranslation(0.1, 0.1).randomContrast(0.3).valueRange(0, 2000)
      .build();

  /** Every batch of one pass, copied. */
  private static List<Batch> pass(Dataset data, int batchSize, Order order) {
    List<Batch> batches = new ArrayList<>();
    try (BatchIterator it = data.batches(batchSize, order)) {
      while (it.hasNext()) {
        Batch b = it.next();
        batches.add(new Batch(b.features().dup(), b.labels().dup()));
      }
    }
    return batches;
  }

  @Test
  void theSameOrderSeedGivesTheSameImagesAndAnotherSeedOthers() {
    Dataset augmented = AUGMENT.applyTo(ramps());
    List<Batch> first = pass(augmented, 4, Order.shuffled(11));
    List<Batch> again = pass(augmented, 4, Order.shuffled(11));
    List<Batch> other = pass(augmented, 4, Order.shuffled(12));
    assertEquals(3, first.size(), "4 + 4 + 2");
    assertEquals(2, first.get(2).size());
    for (int b = 0; b < first.size(); b++) {
      assertEquals(first.get(b).features(), again.get(b).features());
      assertEquals(first.get(b).labels(), again.get(b).labels());
    }
    assertFalse(first.get(0).features().equals(other.get(0).features()));
    // Sequential passes with different seeds (epochs without shuffling) differ too.
    assertFalse(pass(augmented, 4, new Order(false, 1)).get(0).features()
        .equals(pass(augmented, 4, new Order(false, 2)).get(0).features()));
  }

  @Test
  void theResultDependsOnTheSeedAndPositionOnlyNotOnTheBatchSize() {
    Dataset augmented = AUGMENT.applyTo(ramps());
    INDArray whole = pass(augmented, N, Order.shuffled(5)).get(0).features();
    List<Batch> threes = pass(augmented, 3, Order.shuffled(5));
    for (int i = 0; i < N; i++) {
      assertEquals(whole.slice(i), threes.get(i / 3).features().slice(i % 3), "image " + i);
    }
  }

  @Test
  void labelsStayWithTheirImages() {
    Augmentation flips = Augmentation.builder().randomFlip(FlipMode.HORIZONTAL_AND_VERTICAL).build();
    List<Batch> batches = pass(flips.applyTo(ramps()), 4, Order.shuffled(3));
    int seen = 0;
    for (Batch b : batches) {
      for (int row = 0; row < b.size(); row++) {
        INDArray image = b.features().slice(row);
        int example = (int) (image.minNumber().doubleValue() / 100);
        assertEquals(example % 3, b.labels().getInt(row), "label of example " + example);
        assertEquals(example * 100 + 35, image.maxNumber().doubleValue(), 1e-4, "a flip keeps the values");
        seen++;
      }
    }
    assertEquals(N, seen);
  }

  @Test
  void perPixelTargetsFollowTheGeometricTransformsOnly() {
    float[] x = new float[2 * 16];
    for (int i = 0; i < x.length; i++) {
      x[i] = i % 16;
    }
    ArrayDataset masks = ArrayDataset.ofTargets(x, new int[] {4, 4, 1}, x.clone(), new int[] {4, 4, 1});
    Augmentation flipsAndBrightness = Augmentation.builder().randomFlip(FlipMode.HORIZONTAL_AND_VERTICAL)
        .randomBrightness(Factor.of(0.5, 0.5)).valueRange(0, 16).build();
    for (long seed = 0; seed < 8; seed++) {
      Batch b = pass(flipsAndBrightness.applyTo(masks), 2, new Order(false, seed)).get(0);
      // The image is its flipped target, 8 brighter (half the range 0..16), clipped at 16.
      for (int i = 0; i < 32; i++) {
        assertEquals(Math.min(16, b.labels().getFloat(i) + 8), b.features().getFloat(i), 1e-5, "seed " + seed
            + " value " + i);
      }
    }
    ArrayDataset small = ArrayDataset.ofTargets(new float[16], new int[] {4, 4, 1}, new float[4], new int[] {2, 2, 1});
    assertThrows(IllegalArgumentException.class, () -> flipsAndBrightness.applyTo(small));
  }

  @Test
  void everyImageIsTransformedAsTheSingleImageApiTransformsIt() {
    ArrayDataset data = ramps();
    Batch b = pass(AUGMENT.applyTo(data), N, Order.sequential()).get(0);
    for (int i = 0; i < N; i++) {
      float[] expected = AUGMENT.apply(data.example(i), new int[] {SIDE, SIDE, 1}, Augmentation.exampleSeed(0, i));
      assertArrayEquals(expected, b.features().slice(i).reshape(SIDE * SIDE).toFloatVector(), "image " + i);
    }
  }

  @Test
  void closingMidPassAndStartingAgainWorks() {
    Dataset augmented = AUGMENT.applyTo(ramps());
    for (int round = 0; round < 3; round++) {
      try (BatchIterator it = augmented.batches(3, Order.shuffled(round))) {
        assertTrue(it.hasNext());
        assertEquals(3, it.next().size());
      }
    }
    assertEquals(4, pass(augmented, 3, Order.shuffled(9)).size());
    assertEquals(N, augmented.size());
    assertArrayEquals(new int[] {SIDE, SIDE, 1}, augmented.exampleShape());
    assertArrayEquals(new int[0], augmented.labelShape());
  }
}
