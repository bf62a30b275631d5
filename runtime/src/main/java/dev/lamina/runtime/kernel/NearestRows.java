package dev.lamina.runtime.kernel;

import org.bytedeco.javacpp.indexer.FloatIndexer;
import org.nd4j.linalg.api.buffer.DataBuffer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Nearest up-sampling of {@code FLOAT} NHWC arrays whose channels lie dense within a pixel (channel
 * stride 1: a whole array, or a channel slice of a concatenation's buffer), row by row through heap rows:
 * an input row is read with one bulk indexer read per row (or per pixel for a slice), each pixel's
 * channels are repeated {@code sw} times with {@code System.arraycopy}, and the row is written to its
 * {@code sh} output rows; the gradient sums the {@code sh x sw} block in the heap row the same way. What
 * {@link UpSampling2DKernel} runs for NEAREST when it can; the element-by-element loops otherwise.
 *
 * <p>Allocation: the two heap rows, when a row is longer than any before; nothing otherwise.
 */
final class NearestRows {
  private final int sizeHeight;
  private final int sizeWidth;
  private float[] narrow = new float[0];
  private float[] wide = new float[0];

  NearestRows(int sizeHeight, int sizeWidth) {
    this.sizeHeight = sizeHeight;
    this.sizeWidth = sizeWidth;
  }

  /** Whether the rows apply: both arrays {@code FLOAT}, rank 4, channel stride 1. */
  static boolean applies(INDArray a, INDArray b) {
    return a.dataType() == DataType.FLOAT && b.dataType() == DataType.FLOAT && a.rank() == 4 && b.rank() == 4
        && (a.size(3) == 1 || a.stride(3) == 1) && (b.size(3) == 1 || b.stride(3) == 1);
  }

  /** {@code y[n, i, j, :] = x[n, i / sh, j / sw, :]}; shapes checked by the caller. */
  void forward(INDArray x, INDArray y) {
    Rows in = new Rows(x);
    Rows out = new Rows(y);
    int channels = (int) x.size(3);
    int width = (int) x.size(2);
    int inRow = width * channels;
    int outRow = inRow * sizeWidth;
    ensure(inRow, outRow);
    for (long n = 0; n < x.size(0); n++) {
      for (long r = 0; r < x.size(1); r++) {
        in.read(n, r, narrow);
        for (int q = 0; q < width; q++) {
          for (int b = 0; b < sizeWidth; b++) {
            System.arraycopy(narrow, q * channels, wide, (q * sizeWidth + b) * channels, channels);
          }
        }
        for (int a = 0; a < sizeHeight; a++) {
          out.write(n, r * sizeHeight + a, wide);
        }
      }
    }
  }

  /** {@code gradX[n, r, q, :] = sum over the block of gradY}; shapes checked by the caller. */
  void backward(INDArray gradY, INDArray gradX) {
    Rows in = new Rows(gradX);
    Rows out = new Rows(gradY);
    int channels = (int) gradX.size(3);
    int width = (int) gradX.size(2);
    int inRow = width * channels;
    int outRow = inRow * sizeWidth;
    ensure(inRow, outRow);
    for (long n = 0; n < gradX.size(0); n++) {
      for (long r = 0; r < gradX.size(1); r++) {
        java.util.Arrays.fill(narrow, 0, inRow, 0f);
        for (int a = 0; a < sizeHeight; a++) {
          out.read(n, r * sizeHeight + a, wide);
          for (int q = 0; q < width; q++) {
            int to = q * channels;
            for (int b = 0; b < sizeWidth; b++) {
              int from = (q * sizeWidth + b) * channels;
              for (int c = 0; c < channels; c++) {
                narrow[to + c] += wide[from + c];
              }
            }
          }
        }
        in.write(n, r, narrow);
      }
    }
  }

  private void ensure(int inRow, int outRow) {
    if (narrow.length < inRow) {
      narrow = new float[inRow];
    }
    if (wide.length < outRow) {
      wide = new float[outRow];
    }
  }

  /** Rows of one array through its buffer's indexer. */
  private static final class Rows {
    private final FloatIndexer floats;
    private final long offset;
    private final long batchStride;
    private final long rowStride;
    private final long pixelStride;
    private final int width;
    private final int channels;

    Rows(INDArray array) {
      DataBuffer data = array.data();
      floats = (FloatIndexer) data.indexer();
      // a view's data buffer starts at the view's first element already (ND4J applies the offset)
      offset = array.offset() - data.offset();
      batchStride = array.stride(0);
      rowStride = array.stride(1);
      pixelStride = array.stride(2);
      width = (int) array.size(2);
      channels = (int) array.size(3);
    }

    void read(long n, long r, float[] row) {
      long at = offset + n * batchStride + r * rowStride;
      if (pixelStride == channels) {
        floats.get(at, row, 0, width * channels);
      } else {
        for (int q = 0; q < width; q++) {
          floats.get(at + q * pixelStride, row, q * channels, channels);
        }
      }
    }

    void write(long n, long r, float[] row) {
      long at = offset + n * batchStride + r * rowStride;
      if (pixelStride == channels) {
        floats.put(at, row, 0, width * channels);
      } else {
        for (int q = 0; q < width; q++) {
          floats.put(at + q * pixelStride, row, q * channels, channels);
        }
      }
    }
  }
}
