package dev.lamina.runtime.metric;

import dev.lamina.runtime.kernel.BufferOps;
import org.bytedeco.javacpp.indexer.DoubleIndexer;
import org.bytedeco.javacpp.indexer.FloatIndexer;
import org.bytedeco.javacpp.indexer.Indexer;
import org.nd4j.linalg.api.buffer.DataBuffer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * An array's values in C order as {@code double}s, read into a buffer kept between calls, for the
 * metrics that compare every element of a batch (the per-pixel ones: tens of thousands of elements a
 * step). A dense {@code FLOAT} or {@code DOUBLE} array is read through its data buffer's indexer;
 * anything else element by element with {@code getDouble}. {@code INDArray.getDouble(i)} on an array of
 * rank above 1 computes the element's coordinates (and allocates them) for every element, which cost
 * milliseconds a step for FashionUNet's masks.
 *
 * <p>Allocation: the buffer, when an array is longer than any before; nothing otherwise.
 */
final class DenseValues {
  private double[] values = new double[0];

  /**
   * Reads {@code array}.
   *
   * @return a buffer whose first {@code array.length()} entries are its values in C order (valid until the
   *     next call)
   */
  double[] read(INDArray array) {
    int n = Math.toIntExact(array.length());
    if (values.length < n) {
      values = new double[n];
    }
    DataType type = array.dataType();
    if (BufferOps.contiguous(array) && (type == DataType.FLOAT || type == DataType.DOUBLE)) {
      DataBuffer data = array.data();
      Indexer indexer = data.indexer();
      // a view's data buffer starts at the view's first element already (ND4J applies the offset)
      long offset = array.offset() - data.offset();
      if (type == DataType.FLOAT) {
        FloatIndexer floats = (FloatIndexer) indexer;
        for (int i = 0; i < n; i++) {
          values[i] = floats.get(offset + i);
        }
      } else {
        DoubleIndexer doubles = (DoubleIndexer) indexer;
        for (int i = 0; i < n; i++) {
          values[i] = doubles.get(offset + i);
        }
      }
    } else {
      for (int i = 0; i < n; i++) {
        values[i] = array.getDouble(i);
      }
    }
    return values;
  }
}
