package dev.lamina.runtime.data.download;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DownloaderTest {
  private static final byte[] BODY = "the quick brown fox jumps over the lazy dog".repeat(1000)
      .getBytes(StandardCharsets.US_ASCII);
  /** A digest never compared: the server answers 404 before any byte arrives. */
  private static final Checksum UNUSED = Checksum.sha256("0".repeat(64));

  @TempDir
  Path dir;

  private final Downloader downloader = new Downloader(Duration.ofSeconds(10));

  private List<Path> leftovers() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.toList();
    }
  }

  @Test
  void checksumsAreValidatedAndNormalized() {
    assertEquals("MD5 8d4fb7e6c68d591d4c3dfef9ec88bf0d", Checksum.md5("8D4FB7E6C68D591D4C3DFEF9EC88BF0D").toString());
    assertThrows(IllegalArgumentException.class, () -> Checksum.md5("8d4f"));
    assertThrows(IllegalArgumentException.class, () -> Checksum.sha256("z".repeat(64)));
  }

  @Test
  void downloadsVerifiedBytesIntoPlace() throws Exception {
    Checksum md5 = Checksum.md5(hex("MD5", BODY));
    try (LoopbackServer server = new LoopbackServer(Map.of("fox.txt", BODY))) {
      Path target = dir.resolve("sub").resolve("fox.txt");
      assertEquals(target, downloader.download(server.baseUrl().resolve("fox.txt"), target, md5));
      assertArrayEquals(BODY, Files.readAllBytes(target));
      try (Stream<Path> files = Files.list(target.getParent())) {
        assertEquals(List.of(target), files.toList(), "no temporary file is left behind");
      }
    }
  }

  @Test
  void corruptedBytesAreDiscarded() throws Exception {
    Checksum sha = Checksum.sha256(hex("SHA-256", BODY));
    try (LoopbackServer server = new LoopbackServer(Map.of("fox.txt", BODY))) {
      server.damage("fox.txt", LoopbackServer.Damage.CORRUPT);
      ChecksumMismatchException e = assertThrows(ChecksumMismatchException.class,
          () -> downloader.download(server.baseUrl().resolve("fox.txt"), dir.resolve("fox.txt"), sha));
      assertEquals(sha, e.expected());
      assertFalse(sha.equals(e.actual()));
      assertTrue(e.getMessage().contains("checksum mismatch: expected SHA-256 " + sha.hex()), e.getMessage());
      assertEquals(List.of(), leftovers());
    }
  }

  @Test
  void truncatedBodiesAreDiscarded() throws Exception {
    try (LoopbackServer server = new LoopbackServer(Map.of("fox.txt", BODY))) {
      server.damage("fox.txt", LoopbackServer.Damage.TRUNCATE);
      DownloadException e = assertThrows(DownloadException.class, () -> downloader.download(
          server.baseUrl().resolve("fox.txt"), dir.resolve("fox.txt"), Checksum.md5(hex("MD5", BODY))));
      assertFalse(e instanceof ChecksumMismatchException, e.getMessage());
      assertTrue(e.getMessage().contains(": the transfer broke off after "), e.getMessage());
      assertTrue(e.getMessage().contains(" of " + BODY.length + " bytes"), e.getMessage());
      assertEquals(List.of(), leftovers());
    }
  }

  @Test
  void httpErrorsAreReported() throws Exception {
    try (LoopbackServer server = new LoopbackServer(Map.of())) {
      DownloadException e = assertThrows(DownloadException.class, () -> downloader.download(
          server.baseUrl().resolve("gone.txt"), dir.resolve("gone.txt"), UNUSED));
      assertTrue(e.getMessage().endsWith("the server answered HTTP 404 (expected 200 OK)"), e.getMessage());
      assertEquals(List.of(), leftovers());
    }
  }

  static String hex(String algorithm, byte[] bytes) throws Exception {
    return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance(algorithm).digest(bytes));
  }
}
