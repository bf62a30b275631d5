package dev.lamina.runtime.data.augment;

import java.util.Random;

/** A random brightness or contrast change: draws its amount and rewrites one image's values in place. */
interface PixelTransform {
  /**
   * Changes the image at {@code pixels[offset .. offset + height * width * channels)} (NHWC) and
   * clips the results to {@code [low, high]}, the value range.
   */
  void apply(float[] pixels, int offset, int height, int width, int channels, Random random, float low, float high);
}
