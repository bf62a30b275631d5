package dev.lamina.runtime.data.download;

/** Digest algorithms that published dataset checksums use, by their JCA names. */
public enum ChecksumAlgorithm {
  /** MD5 (RFC 1321): what the MNIST and Fashion-MNIST pages publish. */
  MD5("MD5"),
  /** SHA-256 (FIPS 180-4). */
  SHA_256("SHA-256");

  private final String jcaName;

  ChecksumAlgorithm(String jcaName) {
    this.jcaName = jcaName;
  }

  /** The name {@link java.security.MessageDigest#getInstance(String)} takes. */
  public String jcaName() {
    return jcaName;
  }
}
