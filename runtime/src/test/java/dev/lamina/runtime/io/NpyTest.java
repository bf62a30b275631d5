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
}
