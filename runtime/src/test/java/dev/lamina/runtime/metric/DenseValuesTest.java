package dev.lamina.runtime.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/** {@link DenseValues} reads the values in C order (what a C-order copy's {@code getDouble(i)} reads), for dense arrays and views. */
class DenseValuesTest {
  @Test
  void readsDenseArraysAndViewsInCOrder() {
    INDArray whole = Nd4j.arange(2 * 4 * 5 * 3).castTo(DataType.FLOAT).reshape(2, 4, 5, 3);
    List<INDArray> arrays = List.of(whole,
        whole.castTo(DataType.DOUBLE),
        whole.get(NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.interval(1, 3)),
        whole.get(NDArrayIndex.interval(1, 2), NDArrayIndex.all(), NDArrayIndex.interval(1, 4), NDArrayIndex.all()),
        whole.dup('f'),
        whole.permute(0, 3, 1, 2),
        whole.reshape(40, 3).getColumn(2),
        Nd4j.arange(7).castTo(DataType.INT32),
        whole.reshape(2, 4, 15, 1),
        whole.reshape(2, 60, 1, 1).castTo(DataType.DOUBLE),
        whole.get(NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.interval(1, 2)));
    DenseValues reader = new DenseValues();
    for (INDArray a : arrays) {
      double[] values = reader.read(a);
      INDArray inC = a.dup('c');
      for (int i = 0; i < a.length(); i++) {
        assertEquals(inC.getDouble(i), values[i], 0, "element " + i + " of " + a.shapeInfoToString());
      }
    }
  }
}
