package dev.lamina.runtime.data.download;

import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * An expected digest of a file's bytes.
 *
 * @param algorithm the digest algorithm
 * @param hex the digest in hexadecimal (any case; kept in lower case)
 */
public record Checksum(ChecksumAlgorithm algorithm, String hex) {
  /**
   * @throws IllegalArgumentException if {@code hex} is not hexadecimal of the algorithm's length
   */
  public Checksum {
    Objects.requireNonNull(algorithm, "algorithm");
    hex = hex.toLowerCase(Locale.ROOT);
    int expected = algorithm == ChecksumAlgorithm.MD5 ? 32 : 64;
    if (hex.length() != expected || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
      throw new IllegalArgumentException(algorithm + " checksum must be " + expected + " hex digits, got \""
          + hex + "\"");
    }
  }

  /** An MD5 digest. */
  public static Checksum md5(String hex) {
    return new Checksum(ChecksumAlgorithm.MD5, hex);
  }

  /** A SHA-256 digest. */
  public static Checksum sha256(String hex) {
    return new Checksum(ChecksumAlgorithm.SHA_256, hex);
  }

  /** Whether {@code digest} (the raw bytes) is this checksum. */
  public boolean matches(byte[] digest) {
    return HexFormat.of().formatHex(digest).equals(hex);
  }

  @Override
  public String toString() {
    return algorithm.jcaName() + " " + hex;
  }
}
