package dev.lamina.processor.model;

/** How {@code @UpSampling2D} fills the new pixels: Keras's {@code interpolation='nearest'} or {@code 'bilinear'}. */
public enum Interpolation {
  NEAREST, BILINEAR
}
