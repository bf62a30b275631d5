package dev.lamina.runtime.kernel;

import java.util.Arrays;
import java.util.Objects;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Up-sampling of the two spatial axes by integer factors (Keras {@code UpSampling2D(size=(sh, sw),
 * interpolation=...)}): input {@code [batch, h, w, c]}, output {@code [batch, h*sh, w*sw, c]}.
 *
 * <p>{@link Interpolation#NEAREST}: {@code y[n, i, j, c] = x[n, i / sh, j / sw, c]} (integer division), as
 * Keras repeats rows and columns ({@code ops.repeat}); the gradient of an input value is the sum of the
 * output gradients of its {@code sh x sw} block.
 *
 * <p>{@link Interpolation#BILINEAR}: Keras 3's {@code UpSampling2D} calls {@code keras.ops.image.resize}
 * (source: {@code keras/src/layers/reshaping/up_sampling2d.py}), which with TensorFlow calls
 * {@code tf.image.resize(method="bilinear", antialias=False)} ({@code keras/src/backend/tensorflow/image.py}),
 * which runs {@code ResizeBilinear} with {@code half_pixel_centers=True}, {@code align_corners=False}
 * ({@code resize_images_v2} in {@code tensorflow/python/ops/image_ops_impl.py}; PyTorch's
 * {@code interpolate(mode="bilinear", align_corners=False)} computes the same). Along each axis,
 * output index {@code o} reads source coordinate {@code s = (o + 0.5) / size - 0.5}, between
 * {@code lo = max(floor(s), 0)} and {@code hi = min(ceil(s), in - 1)} with weight {@code t = s - floor(s)}
 * on {@code hi}: {@code y = (1-ty)((1-tx) x[lo,lo] + tx x[lo,hi]) + ty((1-tx) x[hi,lo] + tx x[hi,hi])}.
 * The backward pass scatters each output gradient to those four inputs with the same weights (the
 * transpose, as TensorFlow's {@code ResizeBilinearGrad}).
 *
 * <p>Loops in Java over the arrays' buffers ({@code FLOAT} and {@code DOUBLE}); input, output and
 * gradients may be views. NEAREST on {@code FLOAT} arrays with dense channels goes row by row through heap
 * rows ({@link NearestRows}). Allocation: the bilinear weights, once per input size, and the heap rows,
 * once per row length; nothing else per call but the small readers of the arrays.
 */
public final class UpSampling2DKernel {
  private final int sizeHeight;
  private final int sizeWidth;
  private final Interpolation interpolation;
  private final NearestRows nearestRows;
  private Axis rows;
  private Axis columns;

  /**
   * @param sizeHeight the factor along the height, at least 1
   * @param sizeWidth the factor along the width, at least 1
   * @param interpolation nearest or bilinear
   * @throws IllegalArgumentException if a factor is below 1
   */
  public UpSampling2DKernel(int sizeHeight, int sizeWidth, Interpolation interpolation) {
    if (sizeHeight < 1 || sizeWidth < 1) {
      throw new IllegalArgumentException("UpSampling2D sizes must be at least 1, got (" + sizeHeight + ", " + sizeWidth + ")");
    }
    this.sizeHeight = sizeHeight;
    this.sizeWidth = sizeWidth;
    this.interpolation = Objects.requireNonNull(interpolation, "interpolation");
    this.nearestRows = new NearestRows(sizeHeight, sizeWidth);
  }

  /**
   * @param x {@code [batch, h, w, c]}
   * @param y {@code [batch, h*sh, w*sw, c]}, overwritten
   * @throws IllegalArgumentException if {@code y} is not shaped so
   */
  public void forward(INDArray x, INDArray y) {
    Cells in = Cells.of(x);
    Cells out = Cells.of(y);
    requireShapes(in, out);
    long channels = in.size(3);
    if (interpolation == Interpolation.NEAREST && NearestRows.applies(x, y)) {
      nearestRows.forward(x, y);
      return;
    }
    if (interpolation == Interpolation.NEAREST) {
      for (long n = 0; n < out.size(0); n++) {
        for (long i = 0; i < out.size(1); i++) {
          for (long j = 0; j < out.size(2); j++) {
            long from = in.index(n, i / sizeHeight, j / sizeWidth, 0);
            long to = out.index(n, i, j, 0);
            for (long c = 0; c < channels; c++) {
              out.put(to + c * out.stride(3), in.get(from + c * in.stride(3)));
            }
          }
        }
      }
      return;
    }
    Axis r = rows(in.size(1));
    Axis k = columns(in.size(2));
    for (long n = 0; n < out.size(0); n++) {
      for (int i = 0; i < r.lo.length; i++) {
        double ty = r.t[i];
        for (int j = 0; j < k.lo.length; j++) {
          double tx = k.t[j];
          long a = in.index(n, r.lo[i], k.lo[j], 0);
          long b = in.index(n, r.lo[i], k.hi[j], 0);
          long d = in.index(n, r.hi[i], k.lo[j], 0);
          long e = in.index(n, r.hi[i], k.hi[j], 0);
          long to = out.index(n, i, j, 0);
          for (long c = 0; c < channels; c++) {
            long s = c * in.stride(3);
            double top = in.get(a + s) + (in.get(b + s) - in.get(a + s)) * tx;
            double bottom = in.get(d + s) + (in.get(e + s) - in.get(d + s)) * tx;
            out.put(to + c * out.stride(3), top + (bottom - top) * ty);
          }
        }
      }
    }
  }

  /**
   * The input gradient.
   *
   * @param gradY the output gradient, {@code [batch, h*sh, w*sw, c]}
   * @param gradX receives the input gradient, {@code [batch, h, w, c]}, overwritten
   */
  public void backward(INDArray gradY, INDArray gradX) {
    Cells in = Cells.of(gradX);
    Cells out = Cells.of(gradY);
    requireShapes(in, out);
    long channels = in.size(3);
    if (interpolation == Interpolation.NEAREST && NearestRows.applies(gradX, gradY)) {
      nearestRows.backward(gradY, gradX);
      return;
    }
    for (long n = 0; n < in.size(0); n++) {
      for (long i = 0; i < in.size(1); i++) {
        for (long j = 0; j < in.size(2); j++) {
          long to = in.index(n, i, j, 0);
          for (long c = 0; c < channels; c++) {
            in.put(to + c * in.stride(3), 0);
          }
        }
      }
    }
    if (interpolation == Interpolation.NEAREST) {
      for (long n = 0; n < out.size(0); n++) {
        for (long i = 0; i < out.size(1); i++) {
          for (long j = 0; j < out.size(2); j++) {
            long to = in.index(n, i / sizeHeight, j / sizeWidth, 0);
            long from = out.index(n, i, j, 0);
            for (long c = 0; c < channels; c++) {
              in.add(to + c * in.stride(3), out.get(from + c * out.stride(3)));
            }
          }
        }
      }
      return;
    }
    Axis r = rows(in.size(1));
    Axis k = columns(in.size(2));
    for (long n = 0; n < out.size(0); n++) {
      for (int i = 0; i < r.lo.length; i++) {
        double ty = r.t[i];
        for (int j = 0; j < k.lo.length; j++) {
          double tx = k.t[j];
          long a = in.index(n, r.lo[i], k.lo[j], 0);
          long b = in.index(n, r.lo[i], k.hi[j], 0);
          long d = in.index(n, r.hi[i], k.lo[j], 0);
          long e = in.index(n, r.hi[i], k.hi[j], 0);
          long from = out.index(n, i, j, 0);
          for (long c = 0; c < channels; c++) {
            long s = c * in.stride(3);
            double g = out.get(from + c * out.stride(3));
            in.add(a + s, g * (1 - ty) * (1 - tx));
            in.add(b + s, g * (1 - ty) * tx);
            in.add(d + s, g * ty * (1 - tx));
            in.add(e + s, g * ty * tx);
          }
        }
      }
    }
  }

  private void requireShapes(Cells in, Cells out) {
    if (out.size(0) != in.size(0) || out.size(1) != in.size(1) * sizeHeight || out.size(2) != in.size(2) * sizeWidth
        || out.size(3) != in.size(3)) {
      throw new IllegalArgumentException("UpSampling2D(" + sizeHeight + ", " + sizeWidth + ") maps "
          + Arrays.toString(new long[] {in.size(0), in.size(1), in.size(2), in.size(3)}) + " to "
          + Arrays.toString(new long[] {in.size(0), in.size(1) * sizeHeight, in.size(2) * sizeWidth, in.size(3)})
          + ", got an output " + Arrays.toString(new long[] {out.size(0), out.size(1), out.size(2), out.size(3)}));
    }
  }

  private Axis rows(long in) {
    if (rows == null || rows.in != in) {
      rows = new Axis(in, sizeHeight);
    }
    return rows;
  }

  private Axis columns(long in) {
    if (columns == null || columns.in != in) {
      columns = new Axis(in, sizeWidth);
    }
    return columns;
  }

  /** Bilinear source indices and weights along one axis, with half-pixel centres. */
  private static final class Axis {
    final long in;
    final long[] lo;
    final long[] hi;
    final double[] t;

    Axis(long in, int size) {
      this.in = in;
      int out = Math.toIntExact(in * size);
      lo = new long[out];
      hi = new long[out];
      t = new double[out];
      for (int o = 0; o < out; o++) {
        double s = (o + 0.5) / size - 0.5;
        double floor = Math.floor(s);
        lo[o] = Math.max((long) floor, 0);
        hi[o] = Math.min((long) Math.ceil(s), in - 1);
        t[o] = s - floor;
      }
    }
  }
}
