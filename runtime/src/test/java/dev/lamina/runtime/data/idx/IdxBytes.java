package dev.lamina.runtime.data.idx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.zip.GZIPOutputStream;

/** Builds IDX files byte by byte for tests, including malformed ones. */
public final class IdxBytes {
  private IdxBytes() {}

  /** A header: the magic number {@code 0x0000TTDD} and the dimensions. */
  public static byte[] header(int typeCode, int... dims) {
    ByteBuffer buffer = ByteBuffer.allocate(4 + 4 * dims.length);
    buffer.put((byte) 0).put((byte) 0).put((byte) typeCode).put((byte) dims.length);
    for (int d : dims) {
      buffer.putInt(d);
    }
    return buffer.array();
  }

  /** A well-formed unsigned-byte file. */
  public static byte[] unsignedBytes(int[] dims, byte[] data) {
    return concat(header(0x08, dims), data);
  }

  public static byte[] concat(byte[] a, byte[] b) {
    byte[] all = new byte[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  public static byte[] gzip(byte[] raw) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(raw);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return out.toByteArray();
  }
}
