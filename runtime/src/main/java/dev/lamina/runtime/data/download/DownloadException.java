package dev.lamina.runtime.data.download;

import java.io.IOException;
import java.net.URI;

/**
 * A download that failed: no connection, an HTTP error status, a body shorter than announced, or
 * (as {@link ChecksumMismatchException}) bytes that are not the published file. Nothing is left at
 * the target path.
 */
public class DownloadException extends IOException {
  private static final long serialVersionUID = 1L;

  private final URI uri;

  /**
   * @param uri what was downloaded
   * @param problem what went wrong
   * @param cause the underlying exception, or null
   */
  public DownloadException(URI uri, String problem, Throwable cause) {
    super(uri + ": " + problem, cause);
    this.uri = uri;
  }

  /** What was downloaded. */
  public URI uri() {
    return uri;
  }
}
