package dev.lamina.runtime.data.idx;

import static dev.lamina.runtime.data.idx.IdxBytes.concat;
import static dev.lamina.runtime.data.idx.IdxBytes.gzip;
import static dev.lamina.runtime.data.idx.IdxBytes.header;
import static dev.lamina.runtime.data.idx.IdxBytes.unsignedBytes;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdxReaderTest {
  @TempDir
  Path dir;

  private Path write(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  /** Reads a file that must fail; checks the message starts with the file and contains {@code what}. */
  private IdxFormatException failure(Path file, String what) {
    IdxFormatException e = assertThrows(IdxFormatException.class, () -> IdxReader.read(file));
    assertTrue(e.getMessage().startsWith(file + ": "), e.getMessage());
    assertTrue(e.getMessage().contains(what), e.getMessage());
    assertEquals(file.toString(), e.file());
    return e;
  }

  private static final byte[] PIXELS = {0, 1, 2, (byte) 200, (byte) 255, 7};

  @Test
  void readsRawAndGzipAlike() throws IOException {
    byte[] raw = unsignedBytes(new int[] {2, 3}, PIXELS);
    // Names say nothing: the gzip file is called .idx and the raw one .gz.
    IdxArray plain = IdxReader.read(write("plain.gz", raw));
    IdxArray packed = IdxReader.read(write("packed.idx", gzip(raw)));
    for (IdxArray array : new IdxArray[] {plain, packed}) {
      assertEquals(IdxType.UNSIGNED_BYTE, array.type());
      assertArrayEquals(new int[] {2, 3}, array.dims());
      assertEquals(6, array.length());
      assertArrayEquals(new float[] {0, 1, 2, 200, 255, 7}, array.toFloats());
      assertArrayEquals(new int[] {0, 1, 2, 200, 255, 7}, array.toInts());
    }
  }

  @Test
  void readsWiderTypesBigEndian() throws IOException {
    ByteBuffer ints = ByteBuffer.allocate(8).putInt(-3).putInt(70000);
    assertArrayEquals(new int[] {-3, 70000}, IdxReader.read(write("i", concat(header(0x0C, 2), ints.array()))).toInts());
    ByteBuffer floats = ByteBuffer.allocate(8).putFloat(1.5f).putFloat(-2f);
    IdxArray array = IdxReader.read(write("f", concat(header(0x0D, 1, 2), floats.array())));
    assertArrayEquals(new float[] {1.5f, -2f}, array.toFloats());
    assertThrows(IllegalStateException.class, array::toInts);
  }

  @Test
  void badMagicNumber() throws IOException {
    byte[] bytes = unsignedBytes(new int[] {6}, PIXELS);
    bytes[1] = 0x01;
    failure(write("bad-magic", bytes), "bad magic number 0x00010801");
    failure(write("text", "P5 28 28 255\n".getBytes()), "bad magic number");
  }

  @Test
  void unknownElementType() throws IOException {
    failure(write("type", concat(header(0x0A, 6), PIXELS)), "unknown element type 0x0A in magic number 0x00000A01");
  }

  @Test
  void zeroDimensions() throws IOException {
    failure(write("rank0", header(0x08)), "declares 0 dimensions");
  }

  @Test
  void dataShorterThanTheDimensionsSay() throws IOException {
    Path file = write("short", unsignedBytes(new int[] {2, 3}, Arrays.copyOf(PIXELS, 4)));
    failure(file, "truncated: dimensions [2, 3] of UNSIGNED_BYTE need 6 data bytes after the header, the file has 4");
    failure(write("short.gz", gzip(unsignedBytes(new int[] {2, 3}, Arrays.copyOf(PIXELS, 4)))), "the file has 4");
  }

  @Test
  void dataLongerThanTheDimensionsSay() throws IOException {
    failure(write("long", unsignedBytes(new int[] {5}, PIXELS)),
        "1 bytes follow the 5 data bytes that [5] of UNSIGNED_BYTE account for");
  }

  @Test
  void headerCutShort() throws IOException {
    failure(write("empty", new byte[0]), "the file is empty");
    failure(write("magic", new byte[] {0, 0, 8}), "inside the 4-byte magic number");
    failure(write("dims", Arrays.copyOf(header(0x08, 60000, 28, 28), 10)),
        "3 dimensions need 12 bytes after the magic number, found 6");
  }

  @Test
  void dimensionsThatOverflowAJavaArray() throws IOException {
    failure(write("overflow", header(0x08, 60000, 28000, 28)), "dimensions [60000, 28000, 28] of UNSIGNED_BYTE overflow");
    failure(write("overflow-double", header(0x0E, 1 << 29)), "overflow");
    failure(write("huge", header(0x08, -1)), "dimension 0 is 4294967295, more than a Java array holds");
  }

  @Test
  void truncatedGzipStream() throws IOException {
    byte[] packed = gzip(unsignedBytes(new int[] {2, 3}, PIXELS));
    IdxFormatException e = failure(write("cut.gz", Arrays.copyOf(packed, packed.length - 12)),
        "the gzip stream is truncated");
    assertTrue(e.getMessage().endsWith("copy or download the file again"), e.getMessage());
    failure(write("cut-trailer.gz", Arrays.copyOf(packed, packed.length - 3)), "the gzip stream is truncated");
  }

  @Test
  void corruptGzipStream() throws IOException {
    byte[] packed = gzip(unsignedBytes(new int[] {2, 3}, PIXELS));
    packed[packed.length - 5] ^= 0x55; // the CRC-32 in the trailer
    failure(write("crc.gz", packed), "the gzip stream is corrupt");
  }
}
