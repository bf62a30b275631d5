package dev.lamina.runtime;

/**
 * A layer produced NaN or infinity while {@link Model#checkNumerics(boolean) numeric checks} were on,
 * or a loss became NaN during training.
 */
public final class NonFiniteValueException extends ArithmeticException {
  private static final long serialVersionUID = 1L;

  private final String source;

  /**
   * @param source the layer (or loss, or file) the value came from
   * @param message what was found, naming {@code source}
   */
  public NonFiniteValueException(String source, String message) {
    super(message);
    this.source = source;
  }

  /** The layer, loss or file that produced the value. */
  public String source() {
    return source;
  }
}
