package dev.lamina.runtime.data.augment;

import java.util.Random;

/**
 * Keras's {@code RandomBrightness(factor, value_range)}: adds {@code delta = f * (high - low)} to
 * every value of the image, {@code f} drawn from the factor (within {@code [-1, 1]}: -1 makes the image
 * black, 1 white), then clips to the value range.
 */
final class RandomBrightness implements PixelTransform {
  private final Factor factor;

  RandomBrightness(Factor factor) {
    if (factor.lower() < -1 || factor.upper() > 1) {
      throw new IllegalArgumentException("randomBrightness's factor is a fraction of the value range within [-1,"
          + " 1]; got " + factor);
    }
    this.factor = factor;
  }

  @Override
  public void apply(float[] pixels, int offset, int height, int width, int channels, Random random, float low,
      float high) {
    adjust(pixels, offset, height * width * channels, factor.draw(random) * (high - low), low, high);
  }

  /** Adds {@code delta} to {@code length} values and clips them to {@code [low, high]}. */
  static void adjust(float[] pixels, int offset, int length, double delta, float low, float high) {
    float d = (float) delta;
    for (int i = offset, end = offset + length; i < end; i++) {
      pixels[i] = Math.min(high, Math.max(low, pixels[i] + d));
    }
  }

  @Override
  public String toString() {
    return "RandomBrightness(" + factor + ")";
  }
}
