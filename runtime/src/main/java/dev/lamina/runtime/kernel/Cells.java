package dev.lamina.runtime.kernel;

import java.util.Arrays;
import org.bytedeco.javacpp.indexer.DoubleIndexer;
import org.bytedeco.javacpp.indexer.FloatIndexer;
import org.bytedeco.javacpp.indexer.Indexer;
import org.nd4j.linalg.api.buffer.DataBuffer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Element access to an array of rank 1 to 4 through its data buffer, offset and strides, so that
 * views (a channel slice of a concatenation's buffer, a window of a padded tensor) are read and written
 * in place, without a copy. Lower ranks are read as rank 4 with leading axes of size 1. Used by the
 * kernels whose arithmetic libnd4j has no op for (bilinear up-sampling and its gradient, the first
 * maximum's gradient); {@code FLOAT} and {@code DOUBLE} alike (values pass through {@code double}),
 * through the buffer's JavaCPP indexer (host memory: the CPU backend).
 */
final class Cells {
  private static final int RANK = 4;

  private final FloatIndexer floats;
  private final DoubleIndexer doubles;
  private final long offset;
  private final long[] shape = new long[RANK];
  private final long[] stride = new long[RANK];

  private Cells(INDArray array) {
    int rank = array.rank();
    if (rank < 1 || rank > RANK) {
      throw new IllegalArgumentException("expected an array of rank 1 to 4, got " + Arrays.toString(array.shape()));
    }
    DataBuffer data = array.data();
    DataType type = array.dataType();
    if (type != DataType.FLOAT && type != DataType.DOUBLE) {
      throw new IllegalArgumentException("expected a FLOAT or DOUBLE array, got " + type);
    }
    Indexer indexer = data.indexer();
    this.floats = type == DataType.FLOAT ? (FloatIndexer) indexer : null;
    this.doubles = type == DataType.DOUBLE ? (DoubleIndexer) indexer : null;
    // a view's data buffer starts at the view's first element already (ND4J applies the offset)
    this.offset = array.offset() - data.offset();
    int pad = RANK - rank;
    for (int i = 0; i < RANK; i++) {
      shape[i] = i < pad ? 1 : array.size(i - pad);
      stride[i] = i < pad ? 0 : array.stride(i - pad);
    }
  }

  /** The cells of {@code array}, which is not copied. */
  static Cells of(INDArray array) {
    return new Cells(array);
  }

  /** The size of axis {@code i} of the rank-4 reading (0 = batch, 3 = channels for NHWC). */
  long size(int i) {
    return shape[i];
  }

  /** The buffer index of the element {@code (a, b, c, d)}. */
  long index(long a, long b, long c, long d) {
    return offset + a * stride[0] + b * stride[1] + c * stride[2] + d * stride[3];
  }

  /** The buffer index of the {@code k}-th element in c order. */
  long indexOf(long k) {
    long d = k % shape[3];
    k /= shape[3];
    long c = k % shape[2];
    k /= shape[2];
    long b = k % shape[1];
    return index(k / shape[1], b, c, d);
  }

  /** How many elements. */
  long length() {
    return shape[0] * shape[1] * shape[2] * shape[3];
  }

  /** The element at buffer index {@code i}. */
  double get(long i) {
    return doubles != null ? doubles.get(i) : floats.get(i);
  }

  /** Sets the element at buffer index {@code i}. */
  void put(long i, double value) {
    if (doubles != null) {
      doubles.put(i, value);
    } else {
      floats.put(i, (float) value);
    }
  }

  /** Adds to the element at buffer index {@code i}. */
  void add(long i, double value) {
    put(i, get(i) + value);
  }

  /** The stride of axis {@code i} of the rank-4 reading. */
  long stride(int i) {
    return stride[i];
  }

  /** Sets every element to {@code value}. */
  void fill(double value) {
    for (long a = 0; a < shape[0]; a++) {
      for (long b = 0; b < shape[1]; b++) {
        for (long c = 0; c < shape[2]; c++) {
          long at = index(a, b, c, 0);
          for (long d = 0; d < shape[3]; d++) {
            put(at + d * stride[3], value);
          }
        }
      }
    }
  }

  /**
   * Copies a window of {@code rows x columns} spatial positions (axes 1 and 2 of NHWC), all batches and
   * channels, from {@code from} at {@code (fromRow, fromColumn)} to {@code to} at {@code (toRow, toColumn)}.
   */
  static void copyWindow(Cells from, long fromRow, long fromColumn, Cells to, long toRow, long toColumn, long rows,
      long columns) {
    long channels = from.shape[3];
    for (long n = 0; n < from.shape[0]; n++) {
      for (long i = 0; i < rows; i++) {
        for (long j = 0; j < columns; j++) {
          long source = from.index(n, fromRow + i, fromColumn + j, 0);
          long target = to.index(n, toRow + i, toColumn + j, 0);
          for (long c = 0; c < channels; c++) {
            to.put(target + c * to.stride[3], from.get(source + c * from.stride[3]));
          }
        }
      }
    }
  }
}
