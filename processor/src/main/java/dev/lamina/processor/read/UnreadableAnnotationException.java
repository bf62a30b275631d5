package dev.lamina.processor.read;

/**
 * An annotation value the reader cannot use: an attribute without a value or with a value of the
 * wrong type. This happens only when the source does not compile (for example
 * {@code @Conv2D(kernelSize = 3)} without {@code filters}); the compiler reports that error itself,
 * so the reader leaves the network without a model and adds no message of its own.
 */
final class UnreadableAnnotationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UnreadableAnnotationException(String message) {
    super(message, null, false, false);
  }
}
