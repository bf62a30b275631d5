package dev.lamina.runtime.data.image;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * An image file that could not be decoded: not an image, an unsupported format, truncated or
 * corrupt. Unchecked, as batch iterators throw it from {@code next()}; the cause is the decoder's
 * {@link IOException}.
 */
public final class UnreadableImageException extends UncheckedIOException {
  private static final long serialVersionUID = 1L;

  private final transient Path file;

  /**
   * @param file the image file
   * @param cause what the decoder reported
   */
  public UnreadableImageException(Path file, IOException cause) {
    super("cannot read image " + file + ": " + cause.getMessage() + ". Fix or remove the file, or build the"
        + " ImageFolder with onUnreadable(UnreadableImages.SKIP) to leave such files out", cause);
    this.file = file;
  }

  /** The image file. */
  public Path file() {
    return file;
  }
}
