package dev.lamina.runtime.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** The .npy encoding against NumPy's documented layout. */
class NpyTest {

  @Test
  void layoutOfASmallFloatVector() {
    byte[] bytes = Npy.encode(Nd4j.createFromArray(1f, -2f));
    assertEquals((byte) 0x93, bytes[0]);
    assertEquals("NUMPY", new String(bytes, 1, 5, StandardCharsets.US_ASCII));
    assertEquals(1, bytes[6]);
    assertEquals(0, bytes[7]);
    int headerLength = ByteBuffer.wrap(bytes, 8, 2).order(ByteOrder.LITTLE_ENDIAN).getShort();
    assertEquals(0, (10 + headerLength) % 64, "data starts on a 64-byte boundary");
    String header = new String(bytes, 10, headerLength, StandardCharsets.US_ASCII);
    assertEquals("{'descr': '<f4', 'fortran_order': False, 'shape': (2,), }", header.trim());
    assertTrue(header.endsWith("\n"));
    ByteBuffer data = ByteBuffer.wrap(bytes, 10 + headerLength, 8).order(ByteOrder.LITTLE_ENDIAN);
    assertEquals(1f, data.getFloat());
    assertEquals(-2f, data.getFloat());
    assertEquals(10 + headerLength + 8, bytes.length);
  }

  @Test
  void roundTripsEveryTypeAndShapeInCOrder() throws Exception {
    INDArray kernel = Nd4j.arange(72).castTo(DataType.FLOAT).divi(7).reshape(3, 3, 2, 4);
    INDArray transposed = Nd4j.arange(6).castTo(DataType.DOUBLE).reshape(2, 3).transpose();
    for (INDArray a : new INDArray[] {kernel, transposed, Nd4j.createFromArray(3, 1, 4),
        Nd4j.createFromArray(7L, -9L), Nd4j.createFromArray(new double[] {2.5})}) {
      INDArray back = Npy.read(new ByteArrayInputStream(Npy.encode(a)), "test");
      assertEquals(a.dataType(), back.dataType());
      assertArrayEquals(a.shape(), back.shape());
      assertEquals(a, back);
    }
    String header = new String(Npy.encode(kernel), 10, 118, StandardCharsets.US_ASCII);
    assertTrue(header.contains("'shape': (3, 3, 2, 4)"), header);
  }

  @Test
  void rejectsWhatItCannotRead() {
    assertThrows(CheckpointFormatException.class,
        () -> Npy.read(new ByteArrayInputStream("not numpy at all".getBytes(StandardCharsets.US_ASCII)), "x"));
    byte[] bytes = Npy.encode(Nd4j.createFromArray(1f, 2f, 3f));
    CheckpointFormatException truncated = assertThrows(CheckpointFormatException.class,
        () -> Npy.read(new ByteArrayInputStream(Arrays.copyOf(bytes, bytes.length - 2)), "w.npy"));
    assertEquals("w.npy should hold 3 values of <f4 (12 bytes) but has 10 bytes of data", truncated.getMessage());
    byte[] fortran = new String(bytes, StandardCharsets.ISO_8859_1).replace("False", "True ")
        .getBytes(StandardCharsets.ISO_8859_1);
    assertThrows(CheckpointFormatException.class, () -> Npy.read(new ByteArrayInputStream(fortran), "f.npy"));
  }

  /** A version 1.0 .npy file with the given header dict and little-endian float data. */
  private static byte[] npy(String header, float... values) {
    return npy(1, header, values);
  }

  private static byte[] npy(int major, String header, float... values) {
    byte[] dict = header.getBytes(StandardCharsets.ISO_8859_1);
    int lengthBytes = major == 1 ? 2 : 4;
    ByteBuffer b = ByteBuffer.allocate(8 + lengthBytes + dict.length + 4 * values.length)
        .order(ByteOrder.LITTLE_ENDIAN);
    b.put(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', (byte) major, 0});
    if (major == 1) {
      b.putShort((short) dict.length);
    } else {
      b.putInt(dict.length);
    }
    b.put(dict);
    for (float v : values) {
      b.putFloat(v);
    }
    return b.array();
  }

  private static CheckpointFormatException refused(byte[] bytes) {
    return assertThrows(CheckpointFormatException.class, () -> Npy.read(new ByteArrayInputStream(bytes), "w.npy"));
  }

  @Test
  void acceptsPython2LongDimensionsAsNumPyDoes() throws Exception {
    INDArray a = Npy.read(new ByteArrayInputStream(npy("{'descr': '<f4', 'fortran_order': False, 'shape': (4L,), }\n",
        1, 2, 3, 4)), "w.npy");
    assertArrayEquals(new long[] {4}, a.shape());
    assertEquals(Nd4j.createFromArray(1f, 2f, 3f, 4f), a);
    INDArray b = Npy.read(new ByteArrayInputStream(npy("{'descr': '<f4', 'fortran_order': False, 'shape': (2L, 2L), }",
        1, 2, 3, 4)), "w.npy");
    assertArrayEquals(new long[] {2, 2}, b.shape());
    INDArray v3 = Npy.read(new ByteArrayInputStream(npy(3, "{'descr': '<f4', 'fortran_order': False, 'shape': (), }",
        5)), "w.npy");
    assertEquals(0, v3.rank());
    assertEquals(5f, v3.getFloat(0));
  }

  @Test
  void rejectsInvalidShapesNamingTheEntry() {
    String dict = "{'descr': '<f4', 'fortran_order': False, 'shape': (%s), }";
    float[] values = new float[36];
    assertEquals("w.npy has an invalid .npy shape (-3, -3, 1, 4): dimension '-3' is not a non-negative integer",
        refused(npy(dict.formatted("-3, -3, 1, 4"), values)).getMessage());
    assertEquals("w.npy has an invalid .npy shape (4, x): dimension 'x' is not a non-negative integer",
        refused(npy(dict.formatted("4, x"), values)).getMessage());
    assertEquals("w.npy has an invalid .npy shape (3,, 12): dimension '' is not a non-negative integer",
        refused(npy(dict.formatted("3,, 12"), values)).getMessage());
    assertEquals("w.npy has an invalid .npy shape (99999999999999999999,): dimension 99999999999999999999 is too"
        + " large", refused(npy(dict.formatted("99999999999999999999,"), values)).getMessage());
    assertEquals("w.npy has .npy shape [4294967296, 4294967296], more values than Lamina reads into one array",
        refused(npy(dict.formatted("4294967296, 4294967296"), values)).getMessage());
  }

  @Test
  void rejectsDamagedHeadersNamingTheEntry() {
    byte[] bytes = Npy.encode(Nd4j.createFromArray(1f, 2f, 3f));
    byte[] version9 = bytes.clone();
    version9[6] = 9;
    assertEquals("w.npy has .npy format version 9; Lamina reads 1.0 to 3.0", refused(version9).getMessage());
    byte[] version2 = Arrays.copyOf(bytes, 11);
    version2[6] = 2;
    assertEquals("w.npy has a truncated .npy header (version 2)", refused(version2).getMessage());
    byte[] huge = npy(2, "{}");
    huge[8] = (byte) 0xff;
    huge[11] = (byte) 0xff;
    assertEquals("w.npy has a truncated .npy header (version 2)", refused(huge).getMessage());
    assertEquals("w.npy has a truncated .npy header (version 1)", refused(Arrays.copyOf(bytes, 40)).getMessage());
    assertEquals("w.npy has a .npy header without a well-formed field like 'descr': '<f4': {'descr': r<f4',"
        + " 'fortran_order': False, 'shape': (1,), }",
        refused(npy("{'descr': r<f4', 'fortran_order': False, 'shape': (1,), }", 1)).getMessage());
  }
}
