package dev.lamina.runtime.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * NumPy's {@code .npy} format, version 1.0 (numpy.org, "NEP 1 / numpy.lib.format"): the magic
 * {@code \x93NUMPY}, version bytes {@code 1 0}, a little-endian uint16 header length, an ASCII
 * Python dict {@code {'descr': '<f4', 'fortran_order': False, 'shape': (3, 4), }} padded with
 * spaces and a newline to a multiple of 64 bytes, then the values in C order, little-endian.
 * Lamina writes and reads {@code <f4}, {@code <f8}, {@code <i4} and {@code <i8}.
 */
final class Npy {
  private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
  private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([^']*)'");
  private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
  private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");
  private static final Pattern DIMENSION = Pattern.compile("[0-9]+");

  private Npy() {}

  /** Encodes {@code array} (any layout; written in C order). */
  static byte[] encode(INDArray array) {
    String descr = descr(array.dataType());
    long[] shape = array.shape();
    String shapeText = shape.length == 1 ? "(" + shape[0] + ",)"
        : Arrays.stream(shape).mapToObj(Long::toString).reduce((a, b) -> a + ", " + b).map(s -> "(" + s + ")")
            .orElse("()");
    StringBuilder header = new StringBuilder("{'descr': '" + descr + "', 'fortran_order': False, 'shape': "
        + shapeText + ", }");
    int unpadded = MAGIC.length + 2 + 2 + header.length() + 1;
    header.append(" ".repeat((64 - unpadded % 64) % 64)).append('\n');
    byte[] headerBytes = header.toString().getBytes(StandardCharsets.US_ASCII);
    int width = array.dataType().width();
    long length = array.length();
    ByteBuffer buffer = ByteBuffer.allocate(Math.toIntExact(MAGIC.length + 4 + headerBytes.length + length * width))
        .order(ByteOrder.LITTLE_ENDIAN);
    buffer.put(MAGIC).put((byte) 1).put((byte) 0).putShort((short) headerBytes.length).put(headerBytes);
    INDArray flat = array.dup('c').reshape(length);
    DataType type = array.dataType();
    if (length == 0) {
      return buffer.array();
    }
    if (type == DataType.FLOAT) {
      buffer.asFloatBuffer().put(flat.toFloatVector());
    } else if (type == DataType.DOUBLE) {
      buffer.asDoubleBuffer().put(flat.toDoubleVector());
    } else if (type == DataType.INT32) {
      buffer.asIntBuffer().put(flat.toIntVector());
    } else {
      buffer.asLongBuffer().put(flat.toLongVector());
    }
    return buffer.array();
  }

  /** Writes {@code array} to {@code out}. */
  static void write(INDArray array, OutputStream out) throws IOException {
    out.write(encode(array));
  }

  /**
   * Reads one array.
   *
   * @param name what to call the data in messages (a zip entry, a file)
   * @throws CheckpointFormatException if the bytes are not a supported .npy array
   */
  static INDArray read(InputStream in, String name) throws IOException {
    byte[] bytes = in.readAllBytes();
    ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    if (bytes.length < 10 || !Arrays.equals(Arrays.copyOf(bytes, 6), MAGIC)) {
      throw new CheckpointFormatException(name + " is not a .npy array (no \\x93NUMPY magic)");
    }
    int major = bytes[6];
    if (major < 1 || major > 3) {
      throw new CheckpointFormatException(name + " has .npy format version " + major + "; Lamina reads 1.0 to 3.0");
    }
    int lengthBytes = major == 1 ? 2 : 4;
    buffer.position(8);
    long headerLength = bytes.length < 8 + lengthBytes ? Long.MAX_VALUE
        : major == 1 ? Short.toUnsignedInt(buffer.getShort()) : Integer.toUnsignedLong(buffer.getInt());
    if (headerLength > bytes.length - buffer.position()) {
      throw new CheckpointFormatException(name + " has a truncated .npy header (version " + major + ")");
    }
    String header = new String(bytes, buffer.position(), (int) headerLength, StandardCharsets.ISO_8859_1);
    buffer.position(buffer.position() + (int) headerLength);
    String descr = group(DESCR, "'descr': '<f4'", header, name);
    if (group(FORTRAN, "'fortran_order': False", header, name).equals("True")) {
      throw new CheckpointFormatException(name + " is stored in Fortran order; Lamina reads C-order arrays");
    }
    long[] shape = shape(group(SHAPE, "'shape': (3, 4)", header, name), name);
    DataType type = dataType(descr, name);
    long length = length(shape, type, name);
    if (buffer.remaining() != length * type.width()) {
      throw new CheckpointFormatException(name + " should hold " + length + " values of " + descr + " ("
          + length * type.width() + " bytes) but has " + buffer.remaining() + " bytes of data");
    }
    INDArray flat;
    if (type == DataType.FLOAT) {
      float[] v = new float[(int) length];
      buffer.asFloatBuffer().get(v);
      flat = Nd4j.createFromArray(v);
    } else if (type == DataType.DOUBLE) {
      double[] v = new double[(int) length];
      buffer.asDoubleBuffer().get(v);
      flat = Nd4j.createFromArray(v);
    } else if (type == DataType.INT32) {
      int[] v = new int[(int) length];
      buffer.asIntBuffer().get(v);
      flat = Nd4j.createFromArray(v);
    } else {
      long[] v = new long[(int) length];
      buffer.asLongBuffer().get(v);
      flat = Nd4j.createFromArray(v);
    }
    return shape.length == 0 ? flat.reshape() : flat.reshape('c', shape);
  }

  /**
   * Parses the inside of a Python shape tuple: {@code ""}, {@code "4,"}, {@code "3, 4"}. A dimension
   * may carry Python 2's long suffix ({@code 4L}), as NumPy accepts.
   */
  private static long[] shape(String text, String name) throws CheckpointFormatException {
    if (text.isBlank()) {
      return new long[0];
    }
    String[] parts = text.split(",", -1);
    int count = parts[parts.length - 1].isBlank() ? parts.length - 1 : parts.length;
    long[] shape = new long[count];
    for (int i = 0; i < count; i++) {
      String dimension = parts[i].trim();
      String digits = dimension.endsWith("L") || dimension.endsWith("l")
          ? dimension.substring(0, dimension.length() - 1) : dimension;
      if (!DIMENSION.matcher(digits).matches()) {
        throw new CheckpointFormatException(name + " has an invalid .npy shape (" + text.trim() + "): dimension '"
            + dimension + "' is not a non-negative integer");
      }
      try {
        shape[i] = Long.parseLong(digits);
      } catch (NumberFormatException e) {
        throw new CheckpointFormatException(name + " has an invalid .npy shape (" + text.trim() + "): dimension "
            + dimension + " is too large", e);
      }
    }
    return shape;
  }

  /** The number of values of {@code shape}, refused if they could not fit in one Java array. */
  private static long length(long[] shape, DataType type, String name) throws CheckpointFormatException {
    long length = 1;
    for (long dimension : shape) {
      try {
        length = Math.multiplyExact(length, dimension);
      } catch (ArithmeticException e) {
        length = Long.MAX_VALUE;
      }
    }
    if (length > Integer.MAX_VALUE / type.width()) {
      throw new CheckpointFormatException(name + " has .npy shape " + Arrays.toString(shape)
          + ", more values than Lamina reads into one array");
    }
    return length;
  }

  /**
   * @param example the field as NumPy writes it, for the message
   * @throws CheckpointFormatException if the header lacks the field or it is malformed
   */
  private static String group(Pattern pattern, String example, String header, String name)
      throws CheckpointFormatException {
    Matcher m = pattern.matcher(header);
    if (!m.find()) {
      throw new CheckpointFormatException(name + " has a .npy header without a well-formed field like " + example
          + ": " + header.trim());
    }
    return m.group(1);
  }

  private static String descr(DataType type) {
    if (type == DataType.FLOAT) {
      return "<f4";
    }
    if (type == DataType.DOUBLE) {
      return "<f8";
    }
    if (type == DataType.INT32) {
      return "<i4";
    }
    if (type == DataType.INT64) {
      return "<i8";
    }
    throw new IllegalArgumentException("cannot store " + type + " in .npy; use FLOAT, DOUBLE, INT32 or INT64");
  }

  private static DataType dataType(String descr, String name) throws CheckpointFormatException {
    return switch (descr) {
      case "<f4" -> DataType.FLOAT;
      case "<f8" -> DataType.DOUBLE;
      case "<i4" -> DataType.INT32;
      case "<i8" -> DataType.INT64;
      default -> throw new CheckpointFormatException(name + " holds dtype " + descr
          + "; Lamina reads <f4, <f8, <i4 and <i8");
    };
  }
}
