package dev.lamina.keras;

/**
 * Keras weights that do not fit the Lamina network they are loaded into: another number or kind of
 * layers, a tensor of another shape, or a layer declared otherwise (activation, padding, strides,
 * kernel size, filters or units, use of a bias). The message names the file, the Keras layer and the
 * Lamina layer, with both shapes or both settings. Thrown before anything is assigned.
 */
public final class IncompatibleKerasWeightsException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** @param message every mismatch found, one per line */
  public IncompatibleKerasWeightsException(String message) {
    super(message);
  }
}
