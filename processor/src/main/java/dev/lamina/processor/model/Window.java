package dev.lamina.processor.model;

import dev.lamina.dsl.Padding;

/**
 * A sliding window over the two spatial axes: its size, strides, dilation and padding. Shared by
 * every convolution and pooling spec.
 *
 * @param size kernel or pool size
 * @param strides step between windows
 * @param dilation spacing between taps (1 for none)
 * @param padding border handling
 */
public record Window(Pair size, Pair strides, Pair dilation, Padding padding) {

  /** A window without dilation. */
  public static Window of(Pair size, Pair strides, Padding padding) {
    return new Window(size, strides, Pair.square(1), padding);
  }

  /** The extent the window covers once dilated: {@code dilation * (size - 1) + 1} per axis. */
  public Pair effectiveSize() {
    return new Pair(ConvArithmetic.effectiveSize(size.height(), dilation.height()),
        ConvArithmetic.effectiveSize(size.width(), dilation.width()));
  }

  /** Output size of a convolution or pooling over {@code in} (may be non-positive when it does not fit). */
  public Shape.Spatial output(Shape.Spatial in, int channels) {
    return new Shape.Spatial(
        ConvArithmetic.outputLength(in.height(), size.height(), strides.height(), dilation.height(), padding),
        ConvArithmetic.outputLength(in.width(), size.width(), strides.width(), dilation.width(), padding),
        channels);
  }

  /** Human form for messages: {@code 3x3, strides 1x1, SAME}. */
  public String describe() {
    String dil = dilation.height() == 1 && dilation.width() == 1 ? "" : ", dilation " + dilation.describe();
    return size.describe() + ", strides " + strides.describe() + dil + ", " + padding;
  }
}
