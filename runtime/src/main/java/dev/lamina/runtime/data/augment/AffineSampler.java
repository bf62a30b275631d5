package dev.lamina.runtime.data.augment;

/**
 * Resamples an NHWC image through an affine matrix (output pixel to input coordinates) with Keras's
 * fill modes and interpolations, as Keras 3's {@code keras.ops.image.map_coordinates} computes them
 * (its NumPy and JAX backends, after {@code scipy.ndimage}): the pixels an input coordinate is read
 * from (the two neighbours per axis, weighted by distance, or the nearest one, rounded half to even as
 * NumPy rounds) are brought into the image by the fill mode one index at a time:
 * {@code REFLECT} {@code (d c b a | a b c d | d c b a)}, {@code WRAP} {@code (a b c d | a b c d)},
 * {@code NEAREST} {@code (a a a a | a b c d | d d d d)}; with {@code CONSTANT} a pixel outside reads
 * the fill value.
 *
 * <p>{@code java.awt.image.AffineTransformOp} interpolates too, but has none of these fill modes
 * (what falls outside stays untouched) and works on 8-bit rasters, where these values are floats
 * already scaled; the matrices themselves are composed with {@link java.awt.geom.AffineTransform}.
 */
final class AffineSampler {
  private AffineSampler() {}

  /**
   * Writes {@code out[outOffset ..]}, {@code height x width x channels}, from {@code in[inOffset ..]}
   * of the same shape.
   *
   * @param matrix {@code {m00, m10, m01, m11, m02, m12}} as {@code AffineTransform.getMatrix} gives it:
   *     output {@code (x, y)} reads input {@code (m00 x + m01 y + m02, m10 x + m11 y + m12)}
   */
  static void sample(float[] in, int inOffset, float[] out, int outOffset, int height, int width, int channels,
      double[] matrix, FillMode fill, float fillValue, Interpolation interpolation) {
    boolean nearest = interpolation == Interpolation.NEAREST;
    int at = outOffset;
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++, at += channels) {
        double sx = matrix[0] * x + matrix[2] * y + matrix[4];
        double sy = matrix[1] * x + matrix[3] * y + matrix[5];
        if (nearest) {
          long ix = (long) Math.rint(sx);
          long iy = (long) Math.rint(sy);
          boolean valid = fill != FillMode.CONSTANT || (ix >= 0 && ix < width && iy >= 0 && iy < height);
          int from = valid ? inOffset + (fix(iy, height, fill) * width + fix(ix, width, fill)) * channels : -1;
          for (int c = 0; c < channels; c++) {
            out[at + c] = valid ? in[from + c] : fillValue;
          }
        } else {
          bilinear(in, inOffset, out, at, height, width, channels, sx, sy, fill, fillValue);
        }
      }
    }
  }

  private static void bilinear(float[] in, int inOffset, float[] out, int at, int height, int width, int channels,
      double sx, double sy, FillMode fill, float fillValue) {
    double x0 = Math.floor(sx);
    double y0 = Math.floor(sy);
    double wx = sx - x0;
    double wy = sy - y0;
    long ix = (long) x0;
    long iy = (long) y0;
    int p00 = position(iy, ix, height, width, fill);
    int p01 = position(iy, ix + 1, height, width, fill);
    int p10 = position(iy + 1, ix, height, width, fill);
    int p11 = position(iy + 1, ix + 1, height, width, fill);
    for (int c = 0; c < channels; c++) {
      double top = (1 - wx) * read(in, inOffset, p00, channels, c, fillValue)
          + wx * read(in, inOffset, p01, channels, c, fillValue);
      double bottom = (1 - wx) * read(in, inOffset, p10, channels, c, fillValue)
          + wx * read(in, inOffset, p11, channels, c, fillValue);
      out[at + c] = (float) ((1 - wy) * top + wy * bottom);
    }
  }

  /** The pixel index {@code y * width + x} after the fill mode, or -1 for a pixel outside under {@code CONSTANT}. */
  private static int position(long y, long x, int height, int width, FillMode fill) {
    if (fill == FillMode.CONSTANT && (y < 0 || y >= height || x < 0 || x >= width)) {
      return -1;
    }
    return fix(y, height, fill) * width + fix(x, width, fill);
  }

  private static float read(float[] in, int inOffset, int position, int channels, int c, float fillValue) {
    return position < 0 ? fillValue : in[inOffset + position * channels + c];
  }

  /** An index along an axis of {@code length} pixels brought into {@code [0, length)} by the fill mode. */
  static int fix(long index, int length, FillMode fill) {
    return switch (fill) {
      case REFLECT -> {
        long period = 2L * length;
        long r = Math.floorMod(index, period);
        yield (int) (r < length ? r : period - 1 - r);
      }
      case WRAP -> (int) Math.floorMod(index, (long) length);
      case NEAREST -> (int) Math.min(length - 1, Math.max(0, index));
      case CONSTANT -> (int) index;
    };
  }
}
