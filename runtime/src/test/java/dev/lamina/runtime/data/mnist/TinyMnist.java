package dev.lamina.runtime.data.mnist;

import dev.lamina.runtime.data.idx.IdxBytes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Writes small MNIST-shaped IDX files: every pixel of every image is {@code marker}, labels count 0, 1, ... */
final class TinyMnist {
  static final int TRAIN = 3;
  static final int TEST = 2;

  private TinyMnist() {}

  static Path write(Path dir, int marker, boolean gzip) throws IOException {
    Files.createDirectories(dir);
    put(dir, MnistFiles.TRAIN_IMAGES, images(TRAIN, marker), gzip);
    put(dir, MnistFiles.TRAIN_LABELS, labels(TRAIN), gzip);
    put(dir, MnistFiles.TEST_IMAGES, images(TEST, marker), gzip);
    put(dir, MnistFiles.TEST_LABELS, labels(TEST), gzip);
    return dir;
  }

  static void put(Path dir, String name, byte[] raw, boolean gzip) throws IOException {
    Files.write(dir.resolve(gzip ? name : MnistFiles.uncompressed(name)), gzip ? IdxBytes.gzip(raw) : raw);
  }

  static byte[] images(int n, int marker) {
    byte[] pixels = new byte[n * 28 * 28];
    Arrays.fill(pixels, (byte) marker);
    return IdxBytes.unsignedBytes(new int[] {n, 28, 28}, pixels);
  }

  static byte[] labels(int n) {
    byte[] labels = new byte[n];
    for (int i = 0; i < n; i++) {
      labels[i] = (byte) i;
    }
    return IdxBytes.unsignedBytes(new int[] {n}, labels);
  }
}
