package dev.lamina.runtime.data.idx;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Objects;

/**
 * The contents of one IDX file: its element type, its dimensions (for MNIST's images
 * {@code [n, 28, 28]}, for its labels {@code [n]}) and its elements in row-major order as stored
 * (big-endian).
 *
 * @param source where it was read from (for messages)
 * @param type the element type
 * @param dims the dimensions, outermost first
 * @param data the elements' bytes, {@code product(dims) * type.bytes()} of them
 */
public record IdxArray(String source, IdxType type, int[] dims, byte[] data) {
  /**
   * @throws IllegalArgumentException if {@code data}'s length does not match the dimensions
   */
  public IdxArray {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(type, "type");
    dims = dims.clone();
    long length = type.bytes();
    for (int d : dims) {
      length *= d;
    }
    if (data.length != length) {
      throw new IllegalArgumentException(source + ": " + data.length + " data bytes for dims "
          + Arrays.toString(dims) + " of " + type + " (" + length + " expected)");
    }
  }

  @Override
  public int[] dims() {
    return dims.clone();
  }

  /** Number of elements, the product of the dimensions. */
  public int length() {
    return data.length / type.bytes();
  }

  /**
   * The elements as floats: unsigned bytes as 0..255, other integers as their values, floats as
   * stored, doubles rounded to float.
   *
   * @return a new array of {@link #length()} values
   */
  public float[] toFloats() {
    float[] values = new float[length()];
    if (type == IdxType.UNSIGNED_BYTE) {
      for (int i = 0; i < values.length; i++) {
        values[i] = data[i] & 0xFF;
      }
      return values;
    }
    ByteBuffer buffer = ByteBuffer.wrap(data);
    for (int i = 0; i < values.length; i++) {
      values[i] = switch (type) {
        case BYTE -> buffer.get();
        case SHORT -> buffer.getShort();
        case INT -> buffer.getInt();
        case FLOAT -> buffer.getFloat();
        case DOUBLE -> (float) buffer.getDouble();
        case UNSIGNED_BYTE -> throw new AssertionError("handled above");
      };
    }
    return values;
  }

  /**
   * The elements as integers: unsigned bytes as 0..255, other integer types as their values.
   *
   * @return a new array of {@link #length()} values
   * @throws IllegalStateException if the elements are floating point
   */
  public int[] toInts() {
    int[] values = new int[length()];
    ByteBuffer buffer = ByteBuffer.wrap(data);
    for (int i = 0; i < values.length; i++) {
      values[i] = switch (type) {
        case UNSIGNED_BYTE -> buffer.get() & 0xFF;
        case BYTE -> buffer.get();
        case SHORT -> buffer.getShort();
        case INT -> buffer.getInt();
        case FLOAT, DOUBLE -> throw new IllegalStateException(source + " holds " + type
            + " elements, not integers");
      };
    }
    return values;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof IdxArray that && source.equals(that.source) && type == that.type
        && Arrays.equals(dims, that.dims) && Arrays.equals(data, that.data);
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, type, Arrays.hashCode(dims), Arrays.hashCode(data));
  }

  @Override
  public String toString() {
    return "IdxArray[" + source + ", " + type + " " + Arrays.toString(dims) + "]";
  }
}
