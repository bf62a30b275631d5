package dev.lamina.runtime.tensorboard;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.zip.CRC32C;

/**
 * TFRecord framing, the container of TensorBoard event files: for each record
 * {@code uint64 length, uint32 masked_crc32c(length), data, uint32 masked_crc32c(data)}, all
 * little-endian, where the mask is {@code ((crc >>> 15) | (crc << 17)) + 0xa282ead8} (TensorFlow's
 * {@code tensorflow/core/lib/hash/crc32c.h}).
 */
final class TfRecordWriter {
  private static final int MASK_DELTA = 0xa282ead8;

  private TfRecordWriter() {}

  /** Writes one framed record. */
  static void write(OutputStream out, byte[] data) throws IOException {
    ByteBuffer header = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
    header.putLong(data.length);
    header.putInt(maskedCrc(header.array(), 0, 8));
    out.write(header.array());
    out.write(data);
    ByteBuffer footer = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN);
    footer.putInt(maskedCrc(data, 0, data.length));
    out.write(footer.array());
  }

  /** The masked CRC-32C of {@code length} bytes of {@code bytes} from {@code offset}. */
  static int maskedCrc(byte[] bytes, int offset, int length) {
    CRC32C crc = new CRC32C();
    crc.update(bytes, offset, length);
    int c = (int) crc.getValue();
    return ((c >>> 15) | (c << 17)) + MASK_DELTA;
  }
}
