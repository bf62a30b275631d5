package dev.lamina.samples.check;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Reference implementations as plain loops in double precision, written from the definitions (Keras
 * and TensorFlow semantics, NHWC, weights in Keras's layouts), to compare generated code with.
 */
public final class NaiveOps {
  private NaiveOps() {}

  /**
   * A window along one axis: output length and the padding before the first input element.
   * SAME: {@code ceil(in / s)}, TensorFlow's total padding {@code max((out-1)*s + k' - in, 0)} with
   * the smaller half first; VALID: {@code floor((in - k') / s) + 1}, no padding.
   */
  record Axis(int out, int padBefore) {
    static Axis of(int in, int k, int s, int d, boolean same) {
      int effective = d * (k - 1) + 1;
      if (same) {
        int out = (in + s - 1) / s;
        int total = Math.max((out - 1) * s + effective - in, 0);
        return new Axis(out, total / 2);
      }
      return new Axis((in - effective) / s + 1, 0);
    }
  }

  /** A convolution's geometry: kernel size, strides, dilation, padding. */
  public record Geometry(int kh, int kw, int sh, int sw, int dh, int dw, boolean same) {
    public static Geometry of(int kh, int kw, int sh, int sw, boolean same) {
      return new Geometry(kh, kw, sh, sw, 1, 1, same);
    }
  }

  /** Keras {@code Conv2D}: x {@code [n,h,w,c]}, kernel {@code [kh,kw,c,f]}, bias {@code [f]} or null. */
  public static INDArray conv2d(INDArray x, INDArray kernel, INDArray bias, Geometry g) {
    long[] s = x.shape();
    int f = (int) kernel.size(3);
    Axis ah = Axis.of((int) s[1], g.kh, g.sh, g.dh, g.same);
    Axis aw = Axis.of((int) s[2], g.kw, g.sw, g.dw, g.same);
    INDArray y = Nd4j.create(DataType.DOUBLE, s[0], ah.out, aw.out, f);
    for (int n = 0; n < s[0]; n++) {
      for (int oh = 0; oh < ah.out; oh++) {
        for (int ow = 0; ow < aw.out; ow++) {
          for (int o = 0; o < f; o++) {
            double sum = bias == null ? 0 : bias.getDouble(o);
            for (int i = 0; i < g.kh; i++) {
              int h = oh * g.sh - ah.padBefore + i * g.dh;
              for (int j = 0; j < g.kw; j++) {
                int w = ow * g.sw - aw.padBefore + j * g.dw;
                if (h < 0 || h >= s[1] || w < 0 || w >= s[2]) {
                  continue;
                }
                for (int c = 0; c < s[3]; c++) {
                  sum += x.getDouble(n, h, w, c) * kernel.getDouble(i, j, c, o);
                }
              }
            }
            y.putScalar(new int[] {n, oh, ow, o}, sum);
          }
        }
      }
    }
    return y;
  }

  /**
   * Keras {@code DepthwiseConv2D}: kernel {@code [kh,kw,c,m]}, output channel {@code c*m + j} is input
   * channel {@code c} filtered by multiplier {@code j}.
   */
  public static INDArray depthwise(INDArray x, INDArray kernel, INDArray bias, Geometry g) {
    long[] s = x.shape();
    int m = (int) kernel.size(3);
    Axis ah = Axis.of((int) s[1], g.kh, g.sh, g.dh, g.same);
    Axis aw = Axis.of((int) s[2], g.kw, g.sw, g.dw, g.same);
    INDArray y = Nd4j.create(DataType.DOUBLE, s[0], ah.out, aw.out, s[3] * m);
    for (int n = 0; n < s[0]; n++) {
      for (int oh = 0; oh < ah.out; oh++) {
        for (int ow = 0; ow < aw.out; ow++) {
          for (int c = 0; c < s[3]; c++) {
            for (int j = 0; j < m; j++) {
              double sum = bias == null ? 0 : bias.getDouble(c * m + j);
              for (int a = 0; a < g.kh; a++) {
                int h = oh * g.sh - ah.padBefore + a * g.dh;
                for (int b = 0; b < g.kw; b++) {
                  int w = ow * g.sw - aw.padBefore + b * g.dw;
                  if (h >= 0 && h < s[1] && w >= 0 && w < s[2]) {
                    sum += x.getDouble(n, h, w, c) * kernel.getDouble(a, b, c, j);
                  }
                }
              }
              y.putScalar(new int[] {n, oh, ow, c * m + j}, sum);
            }
          }
        }
      }
    }
    return y;
  }

  /** Keras {@code SeparableConv2D}: depthwise without bias, then a 1x1 convolution with the bias. */
  public static INDArray separable(INDArray x, INDArray depthwiseKernel, INDArray pointwiseKernel, INDArray bias,
      Geometry g) {
    INDArray mid = depthwise(x, depthwiseKernel, null, g);
    return conv2d(mid, pointwiseKernel, bias, Geometry.of(1, 1, 1, 1, false));
  }

  /**
   * Keras {@code Conv2DTranspose}: kernel {@code [kh,kw,f,c]}; every input value scatters
   * {@code x * kernel} into the output at {@code i*s + k - padBefore}. Output length SAME
   * {@code in*s}, VALID {@code in*s + max(k - s, 0)}; SAME's padding is the forward convolution's,
   * {@code max((in-1)*s + k - out, 0)} split with the smaller half first.
   */
  public static INDArray transpose(INDArray x, INDArray kernel, INDArray bias, Geometry g) {
    long[] s = x.shape();
    int f = (int) kernel.size(2);
    int oh = g.same ? (int) s[1] * g.sh : (int) s[1] * g.sh + Math.max(g.kh - g.sh, 0);
    int ow = g.same ? (int) s[2] * g.sw : (int) s[2] * g.sw + Math.max(g.kw - g.sw, 0);
    int padH = g.same ? Math.max(((int) s[1] - 1) * g.sh + g.kh - oh, 0) / 2 : 0;
    int padW = g.same ? Math.max(((int) s[2] - 1) * g.sw + g.kw - ow, 0) / 2 : 0;
    INDArray y = Nd4j.create(DataType.DOUBLE, s[0], oh, ow, f);
    for (int n = 0; n < s[0]; n++) {
      for (int i = 0; i < s[1]; i++) {
        for (int j = 0; j < s[2]; j++) {
          for (int a = 0; a < g.kh; a++) {
            int h = i * g.sh + a - padH;
            for (int b = 0; b < g.kw; b++) {
              int w = j * g.sw + b - padW;
              if (h < 0 || h >= oh || w < 0 || w >= ow) {
                continue;
              }
              for (int o = 0; o < f; o++) {
                double sum = 0;
                for (int c = 0; c < s[3]; c++) {
                  sum += x.getDouble(n, i, j, c) * kernel.getDouble(a, b, o, c);
                }
                y.putScalar(new int[] {n, h, w, o}, y.getDouble(n, h, w, o) + sum);
              }
            }
          }
        }
      }
    }
    if (bias != null) {
      for (long i = 0; i < y.length(); i++) {
        y.putScalar(i, y.getDouble(i) + bias.getDouble(i % f));
      }
    }
    return y;
  }

  /**
   * Keras {@code MaxPooling2D} ({@code max}) or {@code AveragePooling2D}: per channel, over the window
   * cells inside the input (padding never wins a max nor counts in a mean, as in TensorFlow).
   */
  public static INDArray pool(INDArray x, boolean max, Geometry g) {
    long[] s = x.shape();
    Axis ah = Axis.of((int) s[1], g.kh, g.sh, 1, g.same);
    Axis aw = Axis.of((int) s[2], g.kw, g.sw, 1, g.same);
    INDArray y = Nd4j.create(DataType.DOUBLE, s[0], ah.out, aw.out, s[3]);
    for (int n = 0; n < s[0]; n++) {
      for (int oh = 0; oh < ah.out; oh++) {
        for (int ow = 0; ow < aw.out; ow++) {
          for (int c = 0; c < s[3]; c++) {
            double acc = max ? Double.NEGATIVE_INFINITY : 0;
            int count = 0;
            for (int a = 0; a < g.kh; a++) {
              int h = oh * g.sh - ah.padBefore + a;
              for (int b = 0; b < g.kw; b++) {
                int w = ow * g.sw - aw.padBefore + b;
                if (h >= 0 && h < s[1] && w >= 0 && w < s[2]) {
                  double v = x.getDouble(n, h, w, c);
                  acc = max ? Math.max(acc, v) : acc + v;
                  count++;
                }
              }
            }
            y.putScalar(new int[] {n, oh, ow, c}, max ? acc : acc / count);
          }
        }
      }
    }
    return y;
  }

  /** Element-wise ReLU. */
  public static INDArray relu(INDArray x) {
    INDArray y = x.dup();
    for (long i = 0; i < y.length(); i++) {
      y.putScalar(i, Math.max(0, y.getDouble(i)));
    }
    return y;
  }

  /** Element-wise tanh. */
  public static INDArray tanh(INDArray x) {
    INDArray y = x.dup();
    for (long i = 0; i < y.length(); i++) {
      y.putScalar(i, Math.tanh(y.getDouble(i)));
    }
    return y;
  }
}
