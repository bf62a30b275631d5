package dev.lamina.runtime.tensorboard;

import com.google.protobuf.ByteString;
import com.google.protobuf.UnknownFieldSet;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An event-file reader independent of the writer: its own TFRecord parsing and bitwise CRC-32C, and
 * protobuf's generic {@link UnknownFieldSet} with TensorFlow's field numbers instead of the
 * generated classes.
 */
final class EventFileReader {
  /** One decoded Event: wall time, step, file_version (or null) and scalar values by tag. */
  record Event(double wallTime, long step, String fileVersion, Map<String, Float> scalars) {}

  private EventFileReader() {}

  static List<Event> read(Path file) throws IOException {
    ByteBuffer in = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
    List<Event> events = new ArrayList<>();
    while (in.hasRemaining()) {
      byte[] lengthBytes = new byte[8];
      in.get(lengthBytes);
      long length = ByteBuffer.wrap(lengthBytes).order(ByteOrder.LITTLE_ENDIAN).getLong();
      int lengthCrc = in.getInt();
      if (lengthCrc != masked(crc32c(lengthBytes))) {
        throw new IOException("length CRC mismatch in " + file);
      }
      byte[] data = new byte[Math.toIntExact(length)];
      in.get(data);
      int dataCrc = in.getInt();
      if (dataCrc != masked(crc32c(data))) {
        throw new IOException("data CRC mismatch in " + file);
      }
      events.add(decode(data));
    }
    return events;
  }

  private static Event decode(byte[] data) throws IOException {
    UnknownFieldSet event = UnknownFieldSet.parseFrom(data);
    double wallTime = event.hasField(1) ? Double.longBitsToDouble(event.getField(1).getFixed64List().get(0)) : 0;
    long step = event.hasField(2) ? event.getField(2).getVarintList().get(0) : 0;
    String version = event.hasField(3)
        ? event.getField(3).getLengthDelimitedList().get(0).toString(StandardCharsets.UTF_8) : null;
    Map<String, Float> scalars = new LinkedHashMap<>();
    if (event.hasField(5)) {
      UnknownFieldSet summary = UnknownFieldSet.parseFrom(event.getField(5).getLengthDelimitedList().get(0));
      for (ByteString valueBytes : summary.getField(1).getLengthDelimitedList()) {
        UnknownFieldSet value = UnknownFieldSet.parseFrom(valueBytes);
        String tag = value.getField(1).getLengthDelimitedList().get(0).toString(StandardCharsets.UTF_8);
        float simple = Float.intBitsToFloat(value.getField(2).getFixed32List().get(0));
        scalars.put(tag, simple);
      }
    }
    return new Event(wallTime, step, version, scalars);
  }

  /** CRC-32C (Castagnoli, reflected polynomial 0x82F63B78), bit by bit. */
  static int crc32c(byte[] bytes) {
    int crc = 0xFFFFFFFF;
    for (byte b : bytes) {
      crc ^= b & 0xFF;
      for (int k = 0; k < 8; k++) {
        crc = (crc & 1) != 0 ? (crc >>> 1) ^ 0x82F63B78 : crc >>> 1;
      }
    }
    return ~crc;
  }

  /** TensorFlow's CRC mask: rotate right by 15 and add 0xa282ead8. */
  static int masked(int crc) {
    return Integer.rotateRight(crc, 15) + 0xa282ead8;
  }
}
