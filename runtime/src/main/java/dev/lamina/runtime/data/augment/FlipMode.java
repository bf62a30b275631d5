package dev.lamina.runtime.data.augment;

/** Which flips {@link Augmentation.Builder#randomFlip} may apply: Keras's {@code RandomFlip(mode)}. */
public enum FlipMode {
  /** Left-right, with probability 1/2 ({@code "horizontal"}). */
  HORIZONTAL,
  /** Top-bottom, with probability 1/2 ({@code "vertical"}). */
  VERTICAL,
  /** Left-right and, independently, top-bottom, each with probability 1/2 ({@code "horizontal_and_vertical"}). */
  HORIZONTAL_AND_VERTICAL
}
