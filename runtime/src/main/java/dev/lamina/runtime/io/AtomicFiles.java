package dev.lamina.runtime.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes files so that a reader, or a crash, never sees a half-written file under the final name:
 * the content goes to {@code .<name>.partial} in the same directory, is forced to disk, then
 * renamed over the target with an atomic move, and the directory entry is forced too. If the
 * process dies while writing, the previous file under the name is untouched and the partial file
 * is replaced by the next write.
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  /** Writes bytes to an output stream; may throw {@link IOException}. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * The temporary file a write to {@code target} goes through.
   *
   * @throws IllegalArgumentException if {@code target} names no file (a root directory such as {@code /})
   */
  public static Path partialFile(Path target) {
    Path absolute = fileTarget(target);
    return absolute.resolveSibling("." + absolute.getFileName() + ".partial");
  }

  /** {@code target} made absolute; refused if it is a root, which has no file name and no directory to write in. */
  private static Path fileTarget(Path target) {
    Path absolute = target.toAbsolutePath();
    if (absolute.getFileName() == null || absolute.getParent() == null) {
      throw new IllegalArgumentException("cannot write to " + target + ": the path must name a file, not a root"
          + " directory");
    }
    return absolute;
  }

  /**
   * Atomically replaces {@code target} with what {@code content} writes, creating missing parent
   * directories.
   *
   * @throws IOException if a directory, the temporary file or the rename fails, or {@code target} is
   *     an existing directory; the temporary file is removed and {@code target} is left as it was
   * @throws IllegalArgumentException if {@code target} names no file (a root directory such as {@code /})
   */
  public static void write(Path target, Content content) throws IOException {
    Path absolute = fileTarget(target);
    Path dir = absolute.getParent();
    if (Files.isDirectory(absolute)) {
      throw new FileSystemException(target.toString(), null, "is a directory; the path must name a file");
    }
    Files.createDirectories(dir);
    Path partial = partialFile(absolute);
    try {
      try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
          StandardOpenOption.TRUNCATE_EXISTING)) {
        OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
        content.writeTo(out);
        out.flush();
        channel.force(true);
      }
      try {
        Files.move(partial, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        throw new IOException("the file system of " + dir + " cannot rename atomically, so " + absolute.getFileName()
            + " cannot be written safely there", e);
      }
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(partial);
      throw e;
    }
    forceDirectory(dir);
  }

  /** Atomically replaces {@code target} with {@code bytes}. */
  public static void write(Path target, byte[] bytes) throws IOException {
    write(target, out -> out.write(bytes));
  }

  private static void forceDirectory(Path dir) {
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException e) {
      // Some file systems cannot sync a directory; the rename itself is still atomic.
    }
  }
}
