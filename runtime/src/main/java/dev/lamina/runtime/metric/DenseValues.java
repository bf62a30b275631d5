package dev.lamina.runtime.metric;

import org.bytedeco.javacpp.indexer.DoubleIndexer;
import org.bytedeco.javacpp.indexer.FloatIndexer;
import org.bytedeco.javacpp.indexer.Indexer;
import org.nd4j.linalg.api.buffer.DataBuffer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * An array's values in C order as {@code double}s, read into a buffer kept between calls, for the
 * metrics that compare every element of a batch (the per-pixel ones: tens of thousands of elements a
 * step). A {@code FLOAT} or {@code DOUBLE} array of rank 1 to 4 is read through its data buffer's
 * indexer, its offset and strides (views and any ordering included); anything else element by element
 * with {@code getDouble}. {@code INDArray.getDouble(i)} on an array of
 * rank above 1 computes the element's coordinates (and allocates them) for every element, which cost
 * milliseconds a step for FashionUNet's masks.
 *
 * <p>Allocation: the buffer, when an array is longer than any before; nothing otherwise.
 */
final class DenseValues {
  private static final int RANK = 4;

  private final long[] shape = new long[RANK];
  private final long[] stride = new long[RANK];
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
    int rank = array.rank();
    if (rank < 1 || rank > RANK || (type != DataType.FLOAT && type != DataType.DOUBLE)) {
      for (int i = 0; i < n; i++) {
        values[i] = array.getDouble(i);
      }
      return values;
    }
    int pad = RANK - rank;
    for (int i = 0; i < RANK; i++) {
      shape[i] = i < pad ? 1 : array.size(i - pad);
      stride[i] = i < pad ? 0 : array.stride(i - pad);
    }
    DataBuffer data = array.data();
    Indexer indexer = data.indexer();
    FloatIndexer floats = type == DataType.FLOAT ? (FloatIndexer) indexer : null;
    DoubleIndexer doubles = type == DataType.DOUBLE ? (DoubleIndexer) indexer : null;
    // a view's data buffer starts at the view's first element already (ND4J applies the offset)
    long offset = array.offset() - data.offset();
    // size-1 trailing axes (a mask's channel) moved to the front, so that the inner loop is long
    for (int moved = 0; moved < RANK - 1 && shape[RANK - 1] == 1; moved++) {
      System.arraycopy(shape, 0, shape, 1, RANK - 1);
      System.arraycopy(stride, 0, stride, 1, RANK - 1);
      shape[0] = 1;
      stride[0] = 0;
    }
    int inner = (int) shape[3];
    long step = stride[3];
    int k = 0;
    for (long a = 0; a < shape[0]; a++) {
      for (long b = 0; b < shape[1]; b++) {
        for (long c = 0; c < shape[2]; c++) {
          long at = offset + a * stride[0] + b * stride[1] + c * stride[2];
          if (floats != null) {
            for (int d = 0; d < inner; d++) {
              values[k + d] = floats.get(at + d * step);
            }
          } else {
            for (int d = 0; d < inner; d++) {
              values[k + d] = doubles.get(at + d * step);
            }
          }
          k += inner;
        }
      }
    }
    return values;
  }
}
