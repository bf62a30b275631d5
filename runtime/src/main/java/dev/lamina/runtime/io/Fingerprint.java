package dev.lamina.runtime.io;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The SHA-256 of an architecture description, and where two descriptions first differ. */
final class Fingerprint {
  private Fingerprint() {}

  /** Lower-case hex SHA-256 of the UTF-8 text. */
  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks SHA-256", e);
    }
  }

  /** The first line where the two texts differ, as {@code line N: saved '...', model '...'}; empty if none. */
  static String firstDifference(String saved, String current) {
    if (saved == null) {
      return "";
    }
    String[] a = saved.split("\n", -1);
    String[] b = current.split("\n", -1);
    for (int i = 0; i < Math.max(a.length, b.length); i++) {
      String x = i < a.length ? a[i] : "<end>";
      String y = i < b.length ? b[i] : "<end>";
      if (!x.equals(y)) {
        return "line " + (i + 1) + ": saved '" + x + "', model '" + y + "'";
      }
    }
    return "";
  }
}
