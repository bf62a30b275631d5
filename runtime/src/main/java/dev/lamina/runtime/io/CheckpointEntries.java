package dev.lamina.runtime.io;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Reads the entries of a checkpoint archive whole, verifying each one's size and CRC-32 against
 * the zip directory: {@link ZipFile} does not check the CRC of a stored entry, so without this a
 * flipped bit in a weight would load silently.
 */
final class CheckpointEntries {
  private CheckpointEntries() {}

  /**
   * The bytes of entry {@code name}.
   *
   * @param path the checkpoint file, for messages
   * @throws CheckpointFormatException if the entry is missing, unreadable, or its bytes do not match
   *     the size or CRC-32 the archive records for it; the message names the file and the entry
   */
  static byte[] read(ZipFile zip, Path path, String name) throws IOException {
    ZipEntry entry = zip.getEntry(name);
    if (entry == null) {
      throw new CheckpointFormatException(path + " lacks the entry " + name);
    }
    byte[] bytes;
    try (InputStream in = zip.getInputStream(entry)) {
      bytes = in.readAllBytes();
    } catch (ZipException | EOFException e) {
      throw new CheckpointFormatException(path + "!" + name + " cannot be read: " + e.getMessage(), e);
    }
    if (entry.getSize() >= 0 && entry.getSize() != bytes.length) {
      throw new CheckpointFormatException(path + "!" + name + " is damaged: the archive records " + entry.getSize()
          + " bytes but it holds " + bytes.length);
    }
    CRC32 crc = new CRC32();
    crc.update(bytes);
    if (entry.getCrc() != -1 && entry.getCrc() != crc.getValue()) {
      throw new CheckpointFormatException(path + "!" + name + " is damaged: its CRC-32 is "
          + String.format("%08x", crc.getValue()) + " but the archive records " + String.format("%08x", entry.getCrc()));
    }
    return bytes;
  }
}
