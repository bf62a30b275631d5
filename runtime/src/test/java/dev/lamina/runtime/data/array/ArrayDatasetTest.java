package dev.lamina.runtime.data.array;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.runtime.data.Batch;
import dev.lamina.runtime.data.BatchIterator;
import dev.lamina.runtime.data.LabelMode;
import dev.lamina.runtime.data.Order;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

class ArrayDatasetTest {
  /** Example i is a 2x3x1 image whose pixels are 10*i + 0..5, labelled i % 3. */
  private static ArrayDataset numbered(int n) {
    float[] features = new float[n * 6];
    int[] labels = new int[n];
    for (int i = 0; i < n; i++) {
      for (int p = 0; p < 6; p++) {
        features[i * 6 + p] = 10 * i + p;
      }
      labels[i] = i % 3;
    }
    return ArrayDataset.of(features, new int[] {2, 3, 1}, labels, 3);
  }

  /** The example a batch row holds, read back from its first pixel. */
  private static int exampleOf(INDArray features, int row) {
    return (int) features.getFloat(row, 0, 0, 0) / 10;
  }

  @Test
  void sequentialBatchesHoldTheExamplesInOrderWithAPartialLastBatch() {
    ArrayDataset data = numbered(10);
    assertEquals(10, data.size());
    assertArrayEquals(new int[] {2, 3, 1}, data.exampleShape());
    assertArrayEquals(new int[0], data.labelShape());
    List<Integer> sizes = new ArrayList<>();
    int expected = 0;
    try (BatchIterator it = data.batches(4)) {
      assertEquals(3, it.batchCount());
      while (it.hasNext()) {
        Batch batch = it.next();
        sizes.add(batch.size());
        assertEquals(DataType.FLOAT, batch.features().dataType());
        assertEquals(DataType.INT32, batch.labels().dataType());
        assertArrayEquals(new long[] {batch.size(), 2, 3, 1}, batch.features().shape());
        for (int row = 0; row < batch.size(); row++, expected++) {
          assertEquals(10f * expected + 4, batch.features().getFloat(row, 1, 1, 0));
          assertEquals(expected % 3, batch.labels().getInt(row));
        }
      }
      assertThrows(NoSuchElementException.class, it::next);
    }
    assertEquals(List.of(4, 4, 2), sizes);
  }

  @Test
  void shuffledBatchesVisitEveryExampleOnceInTheSeedsOrder() {
    ArrayDataset data = numbered(23);
    List<Integer> seen = new ArrayList<>();
    try (BatchIterator it = data.batches(5, Order.shuffled(7))) {
      while (it.hasNext()) {
        Batch batch = it.next();
        for (int row = 0; row < batch.size(); row++) {
          int example = exampleOf(batch.features(), row);
          assertEquals(example % 3, batch.labels().getInt(row), "label travels with its example");
          seen.add(example);
        }
      }
    }
    assertEquals(Arrays.stream(Order.shuffled(7).indices(23)).boxed().toList(), seen);
    assertEquals(IntStream.range(0, 23).boxed().toList(), seen.stream().sorted().toList());
  }

  @Test
  void fullBatchesReuseOneBufferAndLaterPassesReuseItToo() {
    ArrayDataset data = numbered(10);
    INDArray first;
    try (BatchIterator it = data.batches(4)) {
      first = it.next().features();
      assertSame(first, it.next().features(), "the second full batch is written into the same array");
      assertEquals(2, it.next().size());
    }
    try (BatchIterator it = data.batches(4, Order.shuffled(1))) {
      assertSame(first, it.next().features(), "a closed iterator's buffers serve the next pass");
    }
    try (BatchIterator one = data.batches(4); BatchIterator two = data.batches(4)) {
      assertFalse(one.next().features() == two.next().features(), "open iterators never share buffers");
    }
  }

  @Test
  void categoricalLabelsAreOneHotRows() {
    ArrayDataset data = numbered(5).withLabelMode(LabelMode.CATEGORICAL);
    assertArrayEquals(new int[] {3}, data.labelShape());
    try (BatchIterator it = data.batches(5)) {
      INDArray labels = it.next().labels();
      assertEquals(DataType.FLOAT, labels.dataType());
      assertArrayEquals(new float[] {0, 1, 0}, labels.getRow(4).toFloatVector());
      assertArrayEquals(new float[] {1, 0, 0}, labels.getRow(3).toFloatVector());
      assertEquals(5, labels.sumNumber().intValue());
    }
  }

  @Test
  void doubleBatchesForDoublePrecisionModels() {
    ArrayDataset data = numbered(3).withDataType(DataType.DOUBLE).withLabelMode(LabelMode.CATEGORICAL);
    try (BatchIterator it = data.batches(2)) {
      Batch batch = it.next();
      assertEquals(DataType.DOUBLE, batch.features().dataType());
      assertEquals(DataType.DOUBLE, batch.labels().dataType());
      assertEquals(15.0, batch.features().getDouble(1, 1, 2, 0));
      assertEquals(1.0, batch.labels().getDouble(1, 1));
    }
    assertThrows(IllegalArgumentException.class, () -> data.withDataType(DataType.INT32));
  }

  @Test
  void targetsTravelWithTheirExamples() {
    float[] features = {1, 2, 3, 4, 5, 6};
    float[] targets = {-1, -2, -3, -4, -5, -6};
    ArrayDataset data = ArrayDataset.ofTargets(features, new int[] {1, 2, 1}, targets, new int[] {1, 2, 1});
    assertFalse(data.hasClasses());
    assertArrayEquals(new int[] {1, 2, 1}, data.labelShape());
    try (BatchIterator it = data.slice(1, 3).batches(2, Order.sequential())) {
      Batch batch = it.next();
      assertArrayEquals(new float[] {3, 4, 5, 6}, batch.features().data().asFloat());
      assertArrayEquals(new float[] {-3, -4, -5, -6}, batch.labels().data().asFloat());
    }
    assertThrows(IllegalStateException.class, data::classCount);
  }

  @Test
  void slicesShareTheArraysAndKeepLabels() {
    ArrayDataset slice = numbered(10).slice(3, 7);
    assertEquals(4, slice.size());
    assertEquals(30f, slice.features().get(0));
    assertEquals(16 * 0 + 24, slice.features().limit());
    assertArrayEquals(new int[] {0, 1, 2, 0}, slice.labels());
    assertEquals(2, slice.label(2));
    assertArrayEquals(new float[] {60, 61, 62, 63, 64, 65}, slice.example(3));
    assertThrows(IndexOutOfBoundsException.class, () -> slice.example(4));
    assertThrows(IndexOutOfBoundsException.class, () -> numbered(10).slice(5, 11));
    assertThrows(IndexOutOfBoundsException.class, () -> numbered(10).slice(5, 5));
  }

  @Test
  void featuresViewIsReadOnlyAndFeaturesArrayIsNhwc() {
    ArrayDataset data = numbered(2);
    assertTrue(data.features().isReadOnly());
    INDArray all = data.featuresArray();
    assertArrayEquals(new long[] {2, 2, 3, 1}, all.shape());
    assertEquals(15f, all.getFloat(1, 1, 2, 0));
  }

  @Test
  void rejectsInconsistentInput() {
    IllegalArgumentException length = assertThrows(IllegalArgumentException.class,
        () -> ArrayDataset.of(new float[5], new int[] {2, 3, 1}, new int[] {0}, 2));
    assertEquals("features hold 5 values but 1 examples of [2, 3, 1] need 6", length.getMessage());
    IllegalArgumentException label = assertThrows(IllegalArgumentException.class,
        () -> ArrayDataset.of(new float[12], new int[] {2, 3, 1}, new int[] {0, 2}, 2));
    assertEquals("label 2 of example 1 is outside [0, 2)", label.getMessage());
    assertThrows(IllegalArgumentException.class, () -> numbered(3).batches(0));
    assertThrows(IllegalArgumentException.class,
        () -> ArrayDataset.of(new float[0], new int[] {0, 3, 1}, new int[0], 2));
  }

  @Test
  void nonFiniteFeaturesAndTargetsAreRejectedWithTheirExampleAndPosition() {
    float[] features = new float[3 * 2 * 2 * 1];
    features[1 * 4 + 2] = Float.NaN;
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ArrayDataset.of(features, new int[] {2, 2, 1}, new int[] {0, 1, 0}, 2));
    assertTrue(e.getMessage().startsWith("features of example 1 hold NaN at [1, 0, 0] (of [2, 2, 1]): clean or"
        + " impute the data first"), e.getMessage());

    ArrayDataset clean = ArrayDataset.of(new float[12], new int[] {2, 2, 1}, new int[] {0, 1, 0}, 2);
    float[] scaled = new float[12];
    scaled[11] = Float.POSITIVE_INFINITY;
    e = assertThrows(IllegalArgumentException.class, () -> clean.withFeatures(scaled));
    assertTrue(e.getMessage().startsWith("features of example 2 hold Infinity at [1, 1, 0]"), e.getMessage());

    float[] targets = new float[6];
    targets[5] = Float.NaN;
    e = assertThrows(IllegalArgumentException.class,
        () -> ArrayDataset.ofTargets(new float[12], new int[] {2, 2, 1}, targets, new int[] {2}));
    assertTrue(e.getMessage().startsWith("targets of example 2 hold NaN at [1] (of [2])"), e.getMessage());
  }
}
