package dev.lamina.keras;

import java.io.IOException;

/**
 * A file that cannot be read as a Keras model or weights file: not HDF5 or a {@code .keras} archive,
 * truncated, missing a weight or a group Keras writes, or holding a configuration that is not valid
 * Keras JSON. The message names the file and, where one is involved, the Keras layer and the path
 * inside the file.
 */
public final class KerasFormatException extends IOException {
  private static final long serialVersionUID = 1L;

  /** @param message what is wrong, naming the file (and layer) */
  public KerasFormatException(String message) {
    super(message);
  }

  /**
   * @param message what is wrong, naming the file (and layer)
   * @param cause the reader's exception
   */
  public KerasFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
