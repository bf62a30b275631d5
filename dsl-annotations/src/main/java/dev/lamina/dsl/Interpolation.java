package dev.lamina.dsl;

/**
 * How {@link UpSampling2D} fills the new pixels (Keras's {@code interpolation}).
 */
public enum Interpolation {
  /** Each output pixel copies the input pixel it falls in: {@code y[i][j] = x[i / sh][j / sw]}. */
  NEAREST,
  /**
   * Bilinear interpolation between the four nearest input pixels, half-pixel centres
   * ({@code src = (dst + 0.5) / size - 0.5}, clamped at the borders), as Keras's
   * {@code interpolation='bilinear'} ({@code tf.image.resize}, {@code antialias=False}).
   */
  BILINEAR
}
