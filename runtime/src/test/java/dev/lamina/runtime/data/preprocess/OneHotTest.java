package dev.lamina.runtime.data.preprocess;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lamina.runtime.data.BatchIterator;
import dev.lamina.runtime.data.LabelMode;
import dev.lamina.runtime.data.array.ArrayDataset;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

class OneHotTest {
  @Test
  void encodesIndicesAsRowsLikeToCategorical() {
    INDArray rows = OneHot.encode(new int[] {2, 0, 1}, 3);
    assertEquals(DataType.FLOAT, rows.dataType());
    assertArrayEquals(new long[] {3, 3}, rows.shape());
    assertArrayEquals(new float[] {0, 0, 1, 1, 0, 0, 0, 1, 0}, rows.data().asFloat());
  }

  @Test
  void rejectsLabelsOutsideTheClasses() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> OneHot.encode(new int[] {0, 3}, 3));
    assertEquals("label 3 at position 1 is outside [0, 3)", e.getMessage());
  }

  @Test
  void datasetsDeliverOneHotBatches() {
    ArrayDataset data = OneHot.encode(ArrayDataset.of(new float[2], new int[] {1, 1, 1}, new int[] {1, 0}, 2));
    assertEquals(LabelMode.CATEGORICAL, data.labelMode());
    try (BatchIterator it = data.batches(2)) {
      assertArrayEquals(new float[] {0, 1, 1, 0}, it.next().labels().data().asFloat());
    }
  }
}
