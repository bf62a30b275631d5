package dev.lamina.runtime.data.augment;

import java.util.Random;

/**
 * Keras's {@code RandomContrast(factor, value_range)}: a contrast factor {@code c} drawn from
 * {@code [1 - lower, 1 + upper]} (both bounds within {@code [0, 1]}); each channel's values become
 * {@code (x - mean) * c + mean}, {@code mean} the channel's mean over the image, then are clipped to
 * the value range.
 */
final class RandomContrast implements PixelTransform {
  private final Factor keras;
  private final Factor contrast;

  /**
   * @param keras Keras's {@code (lower, upper)}, both within {@code [0, 1]}: contrast factors from
   *     {@code 1 - lower} to {@code 1 + upper}
   * @throws IllegalArgumentException if a bound is outside {@code [0, 1]}
   */
  RandomContrast(Factor keras) {
    if (!(keras.lower() >= 0 && keras.lower() <= 1 && keras.upper() <= 1)) {
      throw new IllegalArgumentException("randomContrast's factor (lower, upper) must have both within [0, 1]"
          + " (contrast factors from 1 - lower to 1 + upper); got (" + keras.lower() + ", " + keras.upper() + ")");
    }
    this.keras = keras;
    this.contrast = new Factor(1 - keras.lower(), 1 + keras.upper());
  }

  @Override
  public void apply(float[] pixels, int offset, int height, int width, int channels, Random random, float low,
      float high) {
    adjust(pixels, offset, height * width, channels, contrast.draw(random), low, high);
  }

  /** Scales each channel's deviations from its mean by {@code contrast} and clips to {@code [low, high]}. */
  static void adjust(float[] pixels, int offset, int pixelCount, int channels, double contrast, float low,
      float high) {
    int end = offset + pixelCount * channels;
    for (int c = 0; c < channels; c++) {
      double sum = 0;
      for (int i = offset + c; i < end; i += channels) {
        sum += pixels[i];
      }
      double mean = sum / pixelCount;
      for (int i = offset + c; i < end; i += channels) {
        pixels[i] = (float) Math.min(high, Math.max(low, (pixels[i] - mean) * contrast + mean));
      }
    }
  }

  @Override
  public String toString() {
    return "RandomContrast(" + (keras.lower() == keras.upper() ? Double.toString(keras.lower())
        : "(" + keras.lower() + ", " + keras.upper() + ")") + ")";
  }
}
