package dev.lamina.processor.diagnostic;

/**
 * The annotation attribute a problem points at, so that the error lands on the value the user wrote
 * (or, when the value was left at its default, on the annotation).
 */
public enum Attr {
  /** The annotation as a whole, not one of its values. */
  ANNOTATION(""),
  FILTERS("filters"),
  KERNEL_SIZE("kernelSize"),
  STRIDES("strides"),
  PADDING("padding"),
  DILATION_RATE("dilationRate"),
  DEPTH_MULTIPLIER("depthMultiplier"),
  UNITS("units"),
  POOL_SIZE("poolSize"),
  RATE("rate"),
  MOMENTUM("momentum"),
  EPSILON("epsilon"),
  ACTIVATION("activation"),
  SIZE("size"),
  CROPPING("cropping"),
  /** {@code @Network(input = ...)}. */
  INPUT("input"),
  /** {@code @Input(height = ...)}. */
  HEIGHT("height"),
  /** {@code @Input(width = ...)}. */
  WIDTH("width"),
  /** {@code @Input(channels = ...)}. */
  CHANNELS("channels"),
  /** {@code @Network(params = ...)}. */
  PARAMS("params"),
  /** The value of {@code @Activation}. */
  VALUE("value"),
  /** The value of the layer's {@code @OutputShape} annotation (not of the layer annotation). */
  OUTPUT_SHAPE("value");

  private final String attributeName;

  Attr(String attributeName) {
    this.attributeName = attributeName;
  }

  /** The attribute's name as written in source ({@code kernelSize}); empty for {@link #ANNOTATION}. */
  public String attributeName() {
    return attributeName;
  }
}
