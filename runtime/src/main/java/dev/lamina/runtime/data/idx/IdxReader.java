package dev.lamina.runtime.data.idx;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads IDX files, the format of the MNIST family: a magic number {@code 0x0000TTDD} (element type
 * {@code TT}, {@code DD} dimensions), {@code DD} big-endian 32-bit sizes, then the elements. Files
 * may be gzip-compressed; that is detected from their first bytes, not their names.
 *
 * <p>Everything is checked: the magic number, the element type, that the dimensions fit a Java
 * array, that exactly as many data bytes follow as the dimensions say, and the gzip stream's
 * integrity (its CRC and length). Any failure is an {@link IdxFormatException} that names the file
 * and says what was wrong.
 */
public final class IdxReader {
  private static final int GZIP_MAGIC = 0x8b1f;
  private static final long MAX_BYTES = Integer.MAX_VALUE - 8;
  private static final int CHUNK = 64 << 20;

  private IdxReader() {}

  /**
   * Reads an IDX file, raw or gzip-compressed.
   *
   * @throws IdxFormatException if the contents are not a well-formed IDX file (message names the file)
   * @throws IOException if the file cannot be read
   */
  public static IdxArray read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    }
  }

  /**
   * Reads IDX contents, raw or gzip-compressed, from a stream (which the caller closes).
   *
   * @param source the name messages give the stream (a file name or URL)
   * @throws IdxFormatException if the contents are not a well-formed IDX file
   * @throws IOException if the stream cannot be read
   */
  public static IdxArray read(InputStream in, String source) throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
    buffered.mark(2);
    int first = buffered.read();
    int second = buffered.read();
    buffered.reset();
    boolean gzip = (first | second << 8) == GZIP_MAGIC;
    try {
      return parse(gzip ? new GZIPInputStream(buffered, 1 << 16) : buffered, source);
    } catch (EOFException e) {
      throw new IdxFormatException(source, "the gzip stream is truncated (" + e.getMessage()
          + "); copy or download the file again", e);
    } catch (ZipException e) {
      throw new IdxFormatException(source, "the gzip stream is corrupt (" + e.getMessage()
          + "); copy or download the file again", e);
    }
  }

  private static IdxArray parse(InputStream in, String source) throws IOException {
    byte[] magic = in.readNBytes(4);
    if (magic.length < 4) {
      throw new IdxFormatException(source, magic.length == 0 ? "the file is empty, expected an IDX header"
          : "the file ends after " + magic.length + " bytes, inside the 4-byte magic number");
    }
    int magicNumber = ByteBuffer.wrap(magic).getInt();
    if (magic[0] != 0 || magic[1] != 0) {
      throw new IdxFormatException(source, String.format(Locale.ROOT, "bad magic number 0x%08X: an IDX file"
          + " starts with two zero bytes, the element type and the number of dimensions (MNIST"
          + " images 0x00000803, labels 0x00000801); is this an IDX file?", magicNumber));
    }
    IdxType type = IdxType.ofCode(magic[2] & 0xFF).orElseThrow(() -> new IdxFormatException(source,
        String.format(Locale.ROOT, "unknown element type 0x%02X in magic number 0x%08X; IDX defines 0x08"
            + " (unsigned byte), 0x09 (byte), 0x0B (short), 0x0C (int), 0x0D (float), 0x0E (double)",
            magic[2] & 0xFF, magicNumber)));
    int rank = magic[3] & 0xFF;
    if (rank == 0) {
      throw new IdxFormatException(source, String.format(Locale.ROOT,
          "magic number 0x%08X declares 0 dimensions; expected at least 1", magicNumber));
    }
    byte[] sizes = in.readNBytes(4 * rank);
    if (sizes.length < 4 * rank) {
      throw new IdxFormatException(source, "the file ends inside the header: " + rank + " dimensions need "
          + 4 * rank + " bytes after the magic number, found " + sizes.length);
    }
    int[] dims = new int[rank];
    ByteBuffer header = ByteBuffer.wrap(sizes);
    long bytes = type.bytes();
    for (int i = 0; i < rank; i++) {
      long d = header.getInt() & 0xFFFFFFFFL;
      if (d > Integer.MAX_VALUE) {
        throw new IdxFormatException(source, "dimension " + i + " is " + d + ", more than a Java array holds");
      }
      dims[i] = (int) d;
      bytes = Math.min(bytes * d, MAX_BYTES + 1); // both factors < 2^32: no long overflow
    }
    String declared = Arrays.toString(dims) + " of " + type;
    if (bytes > MAX_BYTES) {
      throw new IdxFormatException(source, "dimensions " + declared + " overflow: they need more than "
          + MAX_BYTES + " bytes, the most a Java array holds; the header is corrupt");
    }
    byte[] data = readData(in, (int) bytes, source, declared);
    long extra = in.transferTo(OutputStream.nullOutputStream());
    if (extra > 0) {
      throw new IdxFormatException(source, extra + " bytes follow the " + bytes + " data bytes that "
          + declared + " account for; the dimensions are wrong or the file holds more than one array");
    }
    return new IdxArray(source, type, dims, data);
  }

  /** Reads exactly {@code length} bytes, allocating at most one chunk beyond what the stream holds. */
  private static byte[] readData(InputStream in, int length, String source, String declared)
      throws IOException {
    if (length <= CHUNK) {
      byte[] data = new byte[length];
      int read = in.readNBytes(data, 0, length);
      if (read < length) {
        throw truncated(source, declared, length, read);
      }
      return data;
    }
    List<byte[]> chunks = new ArrayList<>();
    int total = 0;
    while (total < length) {
      byte[] chunk = new byte[Math.min(CHUNK, length - total)];
      int read = in.readNBytes(chunk, 0, chunk.length);
      total += read;
      if (read < chunk.length) {
        throw truncated(source, declared, length, total);
      }
      chunks.add(chunk);
    }
    byte[] data = new byte[length];
    int at = 0;
    for (byte[] chunk : chunks) {
      System.arraycopy(chunk, 0, data, at, chunk.length);
      at += chunk.length;
    }
    return data;
  }

  private static IdxFormatException truncated(String source, String declared, int length, int read) {
    return new IdxFormatException(source, "truncated: dimensions " + declared + " need " + length
        + " data bytes after the header, the file has " + read + "; copy or download it again");
  }
}
