package dev.lamina.runtime.io;

import java.io.IOException;

/** A file is not a readable Lamina checkpoint: not a zip, no metadata, a newer format, a damaged array. */
public final class CheckpointFormatException extends IOException {
  private static final long serialVersionUID = 1L;

  /** @param message what is wrong, naming the file or entry */
  public CheckpointFormatException(String message) {
    super(message);
  }

  /** @param message what is wrong, naming the file or entry */
  public CheckpointFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
