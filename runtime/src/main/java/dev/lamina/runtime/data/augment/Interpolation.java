package dev.lamina.runtime.data.augment;

/** How a geometric transform reads between pixels, as Keras's {@code interpolation}. */
public enum Interpolation {
  /** The four neighbours, weighted by distance (Keras's default). */
  BILINEAR,
  /** The nearest pixel (coordinates rounded half away from zero). */
  NEAREST
}
