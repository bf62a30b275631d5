package dev.lamina.runtime.data.idx;

import java.util.Optional;

/**
 * The element types of the IDX format (third byte of the magic number), as defined with the MNIST
 * database (LeCun, Cortes, Burges, "THE MNIST DATABASE of handwritten digits"). Multi-byte values
 * are big-endian.
 */
public enum IdxType {
  /** 0x08: unsigned byte, 0..255 (MNIST's pixels and labels). */
  UNSIGNED_BYTE(0x08, 1),
  /** 0x09: signed byte. */
  BYTE(0x09, 1),
  /** 0x0B: 16-bit signed integer. */
  SHORT(0x0B, 2),
  /** 0x0C: 32-bit signed integer. */
  INT(0x0C, 4),
  /** 0x0D: 32-bit IEEE float. */
  FLOAT(0x0D, 4),
  /** 0x0E: 64-bit IEEE double. */
  DOUBLE(0x0E, 8);

  private final int code;
  private final int bytes;

  IdxType(int code, int bytes) {
    this.code = code;
    this.bytes = bytes;
  }

  /** The type's code in the magic number. */
  public int code() {
    return code;
  }

  /** Bytes per element. */
  public int bytes() {
    return bytes;
  }

  /** The type with this code, if the format defines one. */
  public static Optional<IdxType> ofCode(int code) {
    for (IdxType type : values()) {
      if (type.code == code) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
