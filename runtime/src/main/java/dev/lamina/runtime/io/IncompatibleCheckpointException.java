package dev.lamina.runtime.io;

/**
 * A checkpoint was saved from another network, or with another optimizer, than the one it is
 * loaded into. The message names both sides.
 */
public final class IncompatibleCheckpointException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** @param message both sides and what differs */
  public IncompatibleCheckpointException(String message) {
    super(message);
  }
}
