package dev.lamina.runtime.data.download;

import java.net.URI;
import java.util.Map;
import java.util.Objects;

/**
 * Where a dataset's files are published and their published digests: file {@code name} is
 * downloaded from {@code baseUrl.resolve(name)} and must match {@code checksums.get(name)}.
 *
 * @param baseUrl the directory URL (a missing trailing slash is added)
 * @param checksums each file's published digest, by file name
 */
public record DownloadSource(URI baseUrl, Map<String, Checksum> checksums) {
  /**
   * @throws IllegalArgumentException if {@code baseUrl} is not absolute
   */
  public DownloadSource {
    Objects.requireNonNull(baseUrl, "baseUrl");
    if (!baseUrl.isAbsolute()) {
      throw new IllegalArgumentException("baseUrl must be absolute (http://host/path/), got " + baseUrl);
    }
    if (!baseUrl.getPath().endsWith("/")) {
      baseUrl = URI.create(baseUrl + "/");
    }
    checksums = Map.copyOf(checksums);
  }

  /** The same files and digests at another base URL (a mirror). */
  public DownloadSource withBaseUrl(URI url) {
    return new DownloadSource(url, checksums);
  }

  /** The URL of file {@code name}. */
  public URI uri(String name) {
    return baseUrl.resolve(name);
  }

  /**
   * The published digest of file {@code name}.
   *
   * @throws IllegalArgumentException if this source publishes none for it
   */
  public Checksum checksum(String name) {
    Checksum checksum = checksums.get(name);
    if (checksum == null) {
      throw new IllegalArgumentException("no checksum for " + name + " at " + baseUrl + "; known: "
          + checksums.keySet());
    }
    return checksum;
  }
}
