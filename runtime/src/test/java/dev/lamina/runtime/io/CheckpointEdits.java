package dev.lamina.runtime.io;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.function.UnaryOperator;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Damaged copies of a valid checkpoint, as a hand edit or a bad disk would leave them. Every edit
 * asserts that it changed something, so a test built on it cannot pass by editing nothing.
 */
final class CheckpointEdits {
  private CheckpointEdits() {}

  /**
   * A copy of {@code source} with entry {@code name}'s bytes changed, written as Lamina writes
   * (stored, with the new bytes' CRC-32, so the archive itself is consistent).
   */
  static Path entry(Path source, Path target, String name, UnaryOperator<byte[]> change) throws IOException {
    boolean found = false;
    try (ZipFile zip = new ZipFile(source.toFile());
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
      for (ZipEntry entry : Collections.list(zip.entries())) {
        byte[] bytes = zip.getInputStream(entry).readAllBytes();
        if (entry.getName().equals(name)) {
          byte[] changed = change.apply(bytes.clone());
          assertTrue(!Arrays.equals(bytes, changed), "the edit of " + name + " changed nothing");
          bytes = changed;
          found = true;
        }
        ZipEntry copy = new ZipEntry(entry.getName());
        copy.setMethod(ZipEntry.STORED);
        copy.setSize(bytes.length);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        copy.setCrc(crc.getValue());
        out.putNextEntry(copy);
        out.write(bytes);
        out.closeEntry();
      }
    }
    assertTrue(found, "no entry " + name + " in " + source);
    return target;
  }

  /** A copy of {@code source} with every match of {@code regex} in its {@code lamina.json} replaced. */
  static Path json(Path source, Path target, String regex, String replacement) throws IOException {
    return entry(source, target, "lamina.json", bytes -> {
      String text = new String(bytes, StandardCharsets.UTF_8);
      assertTrue(java.util.regex.Pattern.compile(regex).matcher(text).find(), "lamina.json lacks " + regex + ": " + text);
      return text.replaceAll(regex, replacement).getBytes(StandardCharsets.UTF_8);
    });
  }

  /** A copy of {@code source} with text in the (ASCII) header of .npy entry {@code name} replaced. */
  static Path npyHeader(Path source, Path target, String name, String from, String to) throws IOException {
    return entry(source, target, name, bytes -> {
      String text = new String(bytes, StandardCharsets.ISO_8859_1);
      assertTrue(text.contains(from), name + " lacks " + from + ": " + text);
      return text.replace(from, to).getBytes(StandardCharsets.ISO_8859_1);
    });
  }

  /**
   * A copy of {@code source} with the last two bytes of entry {@code name} flipped in place in the
   * file, as a bad disk would: the archive's directory still records the old CRC-32.
   */
  static Path flipBytes(Path source, Path target, String name) throws IOException {
    byte[] file = Files.readAllBytes(source);
    byte[] entry;
    try (ZipFile zip = new ZipFile(source.toFile())) {
      entry = zip.getInputStream(zip.getEntry(name)).readAllBytes();
    }
    int at = indexOf(file, entry);
    assertNotEquals(-1, at, name + " is not stored uncompressed in " + source);
    file[at + entry.length - 2] ^= 0x7f;
    file[at + entry.length - 1] ^= 0x7f;
    return Files.write(target, file);
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
