package dev.lamina.processor.model;

/** Which input shapes a layer kind accepts; encodes the structure rule "nothing spatial after Flatten". */
public enum InputRank {
  /** Only {@code [height, width, channels]}: convolutions, pooling, Flatten. */
  SPATIAL,
  /** Only {@code [features]}: Dense. */
  FLAT,
  /** Either: Dropout, BatchNorm, Activation. */
  ANY;

  /** Whether {@code shape} is acceptable. */
  public boolean accepts(Shape shape) {
    return switch (this) {
      case SPATIAL -> shape instanceof Shape.Spatial;
      case FLAT -> shape instanceof Shape.Flat;
      case ANY -> true;
    };
  }
}
