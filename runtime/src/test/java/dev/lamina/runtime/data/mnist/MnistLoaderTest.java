package dev.lamina.runtime.data.mnist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.runtime.data.idx.IdxBytes;
import dev.lamina.runtime.data.idx.IdxFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the loader looks, in which order, and what it says when the files are missing or wrong. */
class MnistLoaderTest {
  @TempDir
  Path tmp;

  /** A Fashion-MNIST loader that sees only temporary directories and never downloads. */
  private MnistLoader.Builder isolated() {
    return FashionMnist.builder().environment(Map.of()).cacheDirectory(tmp.resolve("cache"))
        .systemDirectory(tmp.resolve("system")).download(false);
  }

  /** Which directory served, read back from the marker pixel its files carry. */
  private static int marker(MnistData data) {
    return (int) data.train().example(0)[0];
  }

  @Test
  void explicitDirectoryThenEnvironmentThenCacheThenSystem() throws IOException {
    TinyMnist.write(tmp.resolve("explicit"), 1, true);
    TinyMnist.write(tmp.resolve("env"), 2, false);
    TinyMnist.write(tmp.resolve("cache"), 3, true);
    TinyMnist.write(tmp.resolve("system"), 4, true);
    Map<String, String> env = Map.of(FashionMnist.ENVIRONMENT_VARIABLE, tmp.resolve("env").toString());
    assertEquals(1, marker(isolated().environment(env).directory(tmp.resolve("explicit")).build().load()));
    assertEquals(2, marker(isolated().environment(env).build().load()));
    assertEquals(3, marker(isolated().build().load()));
    Files.delete(tmp.resolve("cache").resolve(MnistFiles.TEST_LABELS));
    MnistData fromSystem = isolated().build().load();
    assertEquals(4, marker(fromSystem));
    assertEquals(tmp.resolve("system"), fromSystem.directory());
  }

  @Test
  void readsSmallFilesAsNhwcFloatsWithLabels() throws IOException {
    MnistData data = isolated().directory(TinyMnist.write(tmp.resolve("d"), 255, false)).build().load();
    assertEquals(TinyMnist.TRAIN, data.train().size());
    assertEquals(TinyMnist.TEST, data.test().size());
    assertEquals(255f, data.test().example(1)[783]);
    assertEquals(2, data.train().label(2));
  }

  @Test
  void nothingFoundListsEveryPlaceAndTheDebianCommand() throws IOException {
    Files.createDirectories(tmp.resolve("system"));
    Files.writeString(tmp.resolve("system").resolve(MnistFiles.TRAIN_IMAGES), "partial");
    DatasetNotFoundException e = assertThrows(DatasetNotFoundException.class,
        () -> isolated().build().load());
    assertEquals(List.of(
        "environment variable LAMINA_FASHION_MNIST_DIR: not set",
        "cache " + tmp.resolve("cache") + ": does not exist",
        "system directory " + tmp.resolve("system") + ": missing train-labels-idx1-ubyte.gz, "
            + "t10k-images-idx3-ubyte.gz, t10k-labels-idx1-ubyte.gz",
        "download from http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/: turned off (builder"
            + " download(false))"), e.tried());
    assertTrue(e.getMessage().startsWith("Fashion-MNIST not found. Places tried, in order:"), e.getMessage());
    assertTrue(e.getMessage().endsWith("To install it on Debian: apt-get install -y dataset-fashion-mnist"),
        e.getMessage());
  }

  @Test
  void anExplicitDirectoryIsTheOnlyPlaceLookedIn() throws IOException {
    TinyMnist.write(tmp.resolve("cache"), 3, true);
    TinyMnist.write(tmp.resolve("system"), 4, true);
    DatasetNotFoundException nowhere = assertThrows(DatasetNotFoundException.class,
        () -> isolated().directory(tmp.resolve("nowhere")).build().load());
    assertEquals(List.of("directory " + tmp.resolve("nowhere") + ": does not exist"), nowhere.tried());

    Path partial = TinyMnist.write(tmp.resolve("partial"), 1, false);
    Files.delete(partial.resolve(MnistFiles.uncompressed(MnistFiles.TEST_LABELS)));
    Files.delete(partial.resolve(MnistFiles.uncompressed(MnistFiles.TRAIN_IMAGES)));
    DatasetNotFoundException missing = assertThrows(DatasetNotFoundException.class,
        () -> isolated().directory(partial).build().load());
    assertEquals(List.of("directory " + partial + ": missing train-images-idx3-ubyte.gz, t10k-labels-idx1-ubyte.gz"),
        missing.tried());
    assertTrue(missing.getMessage().endsWith("The directory given is the only place looked in; it must hold"
        + " train-images-idx3-ubyte.gz, train-labels-idx1-ubyte.gz, t10k-images-idx3-ubyte.gz,"
        + " t10k-labels-idx1-ubyte.gz (each gzip-compressed or not, without .gz)."), missing.getMessage());
    assertEquals(3, marker(isolated().build().load()), "without a directory the cache serves");
  }

  @Test
  void mnistHasNoDebianPackageAndSaysSo() {
    DatasetNotFoundException e = assertThrows(DatasetNotFoundException.class, () -> Mnist.builder()
        .environment(Map.of()).cacheDirectory(tmp.resolve("cache")).download(false).build().load());
    assertEquals(3, e.tried().size(), "environment, cache, download: no system directory");
    assertEquals("environment variable LAMINA_MNIST_DIR: not set", e.tried().get(0));
    assertTrue(e.getMessage().contains("Debian has no MNIST package"), e.getMessage());
  }

  @Test
  void mnistLoadsFromItsEnvironmentVariable() throws IOException {
    Path dir = TinyMnist.write(tmp.resolve("digits"), 9, true);
    MnistData data = Mnist.builder().environment(Map.of(Mnist.ENVIRONMENT_VARIABLE, dir.toString()))
        .cacheDirectory(tmp.resolve("cache")).download(false).build().load();
    assertEquals(List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), data.classNames());
    assertEquals(9, marker(data));
  }

  @Test
  void defaultCacheFollowsXdgCacheHome() throws IOException {
    TinyMnist.write(tmp.resolve("xdg").resolve("lamina").resolve("datasets").resolve("fashion-mnist"), 7, true);
    MnistData data = FashionMnist.builder().environment(Map.of("XDG_CACHE_HOME", tmp.resolve("xdg").toString()))
        .systemDirectory(tmp.resolve("system")).download(false).build().load();
    assertEquals(7, marker(data));
  }

  @Test
  void imagesOfAnotherShapeAreRejectedNamingTheFile() throws IOException {
    Path dir = TinyMnist.write(tmp.resolve("d"), 1, true);
    TinyMnist.put(dir, MnistFiles.TRAIN_IMAGES, IdxBytes.unsignedBytes(new int[] {3, 27, 28}, new byte[3 * 27 * 28]),
        true);
    IdxFormatException e = assertThrows(IdxFormatException.class, () -> isolated().directory(dir).build().load());
    assertEquals(dir.resolve(MnistFiles.TRAIN_IMAGES) + ": expected images [n, 28, 28] of UNSIGNED_BYTE, found"
        + " [3, 27, 28] of UNSIGNED_BYTE", e.getMessage());
  }

  @Test
  void labelsOutsideTheClassesAreRejected() throws IOException {
    Path dir = TinyMnist.write(tmp.resolve("d"), 1, true);
    TinyMnist.put(dir, MnistFiles.TEST_LABELS, IdxBytes.unsignedBytes(new int[] {2}, new byte[] {3, 12}), true);
    IdxFormatException e = assertThrows(IdxFormatException.class, () -> isolated().directory(dir).build().load());
    assertEquals(dir.resolve(MnistFiles.TEST_LABELS) + ": label 12 of example 1 is outside 0..9", e.getMessage());
  }

  @Test
  void labelAndImageCountsMustAgree() throws IOException {
    Path dir = TinyMnist.write(tmp.resolve("d"), 1, true);
    TinyMnist.put(dir, MnistFiles.TRAIN_LABELS, TinyMnist.labels(2), true);
    IdxFormatException e = assertThrows(IdxFormatException.class, () -> isolated().directory(dir).build().load());
    assertTrue(e.getMessage().endsWith("holds 2 labels but " + dir.resolve(MnistFiles.TRAIN_IMAGES)
        + " holds 3 images"), e.getMessage());
  }
}
