package dev.lamina.runtime.data.image;

/** The most values one image, or one batch of images, can hold: a Java array's and a buffer's limit. */
final class ValueLimits {
  static final int MAX_VALUES = Integer.MAX_VALUE;

  private ValueLimits() {}

  /** @throws IllegalArgumentException if {@code height * width * channels} exceeds {@link #MAX_VALUES} */
  static void checkImage(int height, int width, int channels) {
    long values = (long) height * width * channels;
    if (values > MAX_VALUES) {
      throw new IllegalArgumentException("imageSize " + height + "x" + width + " with " + channels
          + " channel(s) gives " + values + " values per image, more than the " + MAX_VALUES + " an image can"
          + " hold");
    }
  }

  /**
   * @param exampleShape {@code {height, width, channels}}
   * @throws IllegalArgumentException if {@code batchSize} such images exceed {@link #MAX_VALUES}; the
   *     message gives the most images per batch that fit
   */
  static void checkBatch(int batchSize, int[] exampleShape) {
    long length = (long) exampleShape[0] * exampleShape[1] * exampleShape[2];
    long values = batchSize * length;
    if (values > MAX_VALUES) {
      throw new IllegalArgumentException("a batch of " + batchSize + " images of " + exampleShape[0] + "x"
          + exampleShape[1] + "x" + exampleShape[2] + " would hold " + values + " values, more than the "
          + MAX_VALUES + " a batch can hold; use at most " + MAX_VALUES / length + " images per batch");
    }
  }
}
