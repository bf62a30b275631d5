package dev.lamina.runtime.data.download;

import java.net.URI;

/** A downloaded file whose digest is not the published one: corrupted in transit or replaced. */
public final class ChecksumMismatchException extends DownloadException {
  private static final long serialVersionUID = 1L;

  private final Checksum expected;
  private final Checksum actual;

  /**
   * @param uri what was downloaded
   * @param expected the published digest
   * @param actual the digest of the bytes received
   * @param size how many bytes were received
   */
  public ChecksumMismatchException(URI uri, Checksum expected, Checksum actual, long size) {
    super(uri, "checksum mismatch: expected " + expected + ", got " + actual.hex() + " for the " + size
        + " bytes received; the file was discarded", null);
    this.expected = expected;
    this.actual = actual;
  }

  /** The published digest. */
  public Checksum expected() {
    return expected;
  }

  /** The digest of what was received. */
  public Checksum actual() {
    return actual;
  }
}
