package dev.lamina.runtime.data.mnist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.runtime.data.download.Checksum;
import dev.lamina.runtime.data.download.ChecksumMismatchException;
import dev.lamina.runtime.data.download.DownloadException;
import dev.lamina.runtime.data.download.DownloadSource;
import dev.lamina.runtime.data.download.LoopbackServer;
import dev.lamina.runtime.data.download.LoopbackServer.Damage;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Downloads of the real Fashion-MNIST files (Debian's copies) from a server on 127.0.0.1: nothing
 * here reaches beyond the loopback address.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MnistDownloadTest {
  /**
   * SHA-256 of Debian's files, by sha256sum. Debian recompressed the published .gz files (same IDX
   * contents, other gzip bytes), so the README's MD5 sums, which {@link FashionMnist#PUBLISHED}
   * checks, do not match them: a source serving Debian's copies publishes these instead.
   */
  private static final Map<String, Checksum> DEBIAN_SHA256 = Map.of(
      MnistFiles.TRAIN_IMAGES, Checksum.sha256("b0564c3eedabfbf835052cff8503ea422014ce006caf5b757f851416ee8300c7"),
      MnistFiles.TRAIN_LABELS, Checksum.sha256("0ae29f65d86684f32d1b9c85147786c547b9c6aebcaf235f0400a0cce308b056"),
      MnistFiles.TEST_IMAGES, Checksum.sha256("cc1d090a38ace84dfa1aa66e3ada7c336ef481a96936906477e6dd344da56eaa"),
      MnistFiles.TEST_LABELS, Checksum.sha256("8d3605d196f4be44669e46906da9733c8131fef761fdbfec72c424d5222f1a05"));

  private Map<String, byte[]> files;

  @TempDir
  Path tmp;

  @BeforeAll
  void readDebianFiles() throws IOException {
    files = new HashMap<>();
    for (String name : MnistFiles.ALL) {
      files.put(name, Files.readAllBytes(FashionMnist.DEBIAN_DIRECTORY.resolve(name)));
    }
  }

  @AfterAll
  void release() {
    files = null;
  }

  private Path cache() {
    return tmp.resolve("cache");
  }

  /** A loader that finds nothing locally and downloads from {@code base} with Debian's digests. */
  private MnistLoader loader(URI base) {
    return FashionMnist.builder().environment(Map.of()).cacheDirectory(cache())
        .systemDirectory(tmp.resolve("no-system")).source(new DownloadSource(base, DEBIAN_SHA256)).build();
  }

  private List<String> cached() throws IOException {
    if (!Files.isDirectory(cache())) {
      return List.of();
    }
    try (Stream<Path> listing = Files.list(cache())) {
      return listing.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void downloadsVerifiesAndCaches() throws IOException {
    try (LoopbackServer server = new LoopbackServer(files)) {
      MnistData data = loader(server.baseUrl()).load();
      assertEquals(60_000, data.train().size());
      assertEquals(10_000, data.test().size());
      assertEquals(cache(), data.directory());
      assertEquals(MnistFiles.ALL.stream().sorted().toList(), cached(), "the four files and nothing else");
      for (String name : MnistFiles.ALL) {
        assertEquals(-1, Files.mismatch(cache().resolve(name), FashionMnist.DEBIAN_DIRECTORY.resolve(name)), name);
      }
      assertEquals(4, server.requests());
      loader(server.baseUrl()).load();
      assertEquals(4, server.requests(), "the second load reads the cache");
    }
  }

  @Test
  void corruptedFileFailsItsChecksumAndIsNotCached() throws IOException {
    try (LoopbackServer server = new LoopbackServer(files)) {
      server.damage(MnistFiles.TRAIN_LABELS, Damage.CORRUPT);
      DatasetNotFoundException e = assertThrows(DatasetNotFoundException.class, () -> loader(server.baseUrl()).load());
      ChecksumMismatchException cause = assertInstanceOf(ChecksumMismatchException.class, e.getCause());
      assertEquals(DEBIAN_SHA256.get(MnistFiles.TRAIN_LABELS), cause.expected());
      assertTrue(e.tried().get(3).startsWith("download from " + server.baseUrl() + " into " + cache() + ": "
          + server.baseUrl().resolve(MnistFiles.TRAIN_LABELS) + ": checksum mismatch: expected SHA-256 0ae29f"),
          e.tried().get(3));
      assertEquals(List.of(MnistFiles.TRAIN_IMAGES), cached(), "only the verified file before it stays");

      server.damage(MnistFiles.TRAIN_LABELS, Damage.NONE);
      int before = server.requests();
      assertEquals(60_000, loader(server.baseUrl()).load().train().size());
      assertEquals(before + 3, server.requests(), "the next load downloads only the three missing files");
    }
  }

  @Test
  void truncatedFileIsNotCached() throws IOException {
    try (LoopbackServer server = new LoopbackServer(files)) {
      server.damage(MnistFiles.TEST_IMAGES, Damage.TRUNCATE);
      DatasetNotFoundException e = assertThrows(DatasetNotFoundException.class, () -> loader(server.baseUrl()).load());
      DownloadException cause = assertInstanceOf(DownloadException.class, e.getCause());
      assertTrue(cause.getMessage().contains("the transfer broke off after"), cause.getMessage());
      assertTrue(cause.getMessage().contains("of " + files.get(MnistFiles.TEST_IMAGES).length + " bytes"),
          cause.getMessage());
      assertEquals(List.of(MnistFiles.TRAIN_IMAGES, MnistFiles.TRAIN_LABELS).stream().sorted().toList(), cached());
    }
  }

  @Test
  void publishedChecksumsRejectDebiansRecompressedFiles() throws IOException {
    try (LoopbackServer server = new LoopbackServer(files)) {
      MnistLoader published = FashionMnist.builder().environment(Map.of()).cacheDirectory(cache())
          .systemDirectory(tmp.resolve("no-system")).baseUrl(server.baseUrl()).build();
      DatasetNotFoundException e = assertThrows(DatasetNotFoundException.class, published::load);
      ChecksumMismatchException cause = assertInstanceOf(ChecksumMismatchException.class, e.getCause());
      assertEquals(Checksum.md5("8d4fb7e6c68d591d4c3dfef9ec88bf0d"), cause.expected());
      assertEquals(List.of(), cached());
    }
  }

  @Test
  void serverDownListsEveryPlaceTried() throws IOException {
    URI base;
    try (LoopbackServer server = new LoopbackServer(files)) {
      base = server.baseUrl();
    }
    Path env = tmp.resolve("env");
    DatasetNotFoundException e = assertThrows(DatasetNotFoundException.class, () -> FashionMnist.builder()
        .environment(Map.of(FashionMnist.ENVIRONMENT_VARIABLE, env.toString()))
        .cacheDirectory(cache()).systemDirectory(tmp.resolve("no-system"))
        .source(new DownloadSource(base, DEBIAN_SHA256)).build().load());
    List<String> tried = e.tried();
    assertEquals(4, tried.size(), tried.toString());
    assertEquals("environment variable LAMINA_FASHION_MNIST_DIR=" + env + ": does not exist", tried.get(0));
    assertEquals("cache " + cache() + ": does not exist", tried.get(1));
    assertEquals("system directory " + tmp.resolve("no-system") + ": does not exist", tried.get(2));
    assertTrue(tried.get(3).startsWith("download from " + base + " into " + cache() + ": "
        + base.resolve(MnistFiles.TRAIN_IMAGES) + ": cannot connect: nothing answers at 127.0.0.1:" + base.getPort()),
        tried.get(3));
    for (String place : tried) {
      assertTrue(e.getMessage().contains(place), e.getMessage());
    }
    assertTrue(e.getMessage().endsWith("apt-get install -y dataset-fashion-mnist"), e.getMessage());
    assertEquals(List.of(), cached());
    assertTrue(!Files.exists(cache()), "a failed connection creates no cache directory");
  }
}
