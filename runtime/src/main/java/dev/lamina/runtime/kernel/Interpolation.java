package dev.lamina.runtime.kernel;

/** How {@link UpSampling2DKernel} fills the new rows and columns (Keras {@code UpSampling2D(interpolation=...)}). */
public enum Interpolation {
  /** Each value repeated {@code size} times along each axis (Keras's default, {@code ops.repeat}). */
  NEAREST,
  /**
   * Bilinear between the four nearest input pixels, pixel centres at half-integers ({@code tf.image.resize}'s
   * {@code half_pixel_centers=True}, {@code align_corners=False}), clamped at the border.
   */
  BILINEAR
}
