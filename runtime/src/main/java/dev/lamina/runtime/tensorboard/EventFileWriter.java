package dev.lamina.runtime.tensorboard;

import dev.lamina.runtime.tensorboard.proto.Event;
import dev.lamina.runtime.tensorboard.proto.Summary;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;

/**
 * One TensorBoard event file: {@code events.out.tfevents.<seconds>.<host>.<pid>.v2} in a run
 * directory, starting with a {@code file_version: "brain.Event:2"} event, then scalar summaries.
 * Each {@link #append} opens the file, appends whole records and closes it, so TensorBoard can read
 * the file while training runs and nothing stays open after a failure.
 */
final class EventFileWriter {
  static final String FILE_VERSION = "brain.Event:2";

  private final Path file;

  private EventFileWriter(Path file) {
    this.file = file;
  }

  /**
   * Creates {@code directory} if needed and a new event file in it holding the version event.
   *
   * @throws IOException if the directory or file cannot be created
   */
  static EventFileWriter create(Path directory, double wallTime) throws IOException {
    Files.createDirectories(directory);
    String host = System.getenv().getOrDefault("HOSTNAME", "localhost").replaceAll("[^A-Za-z0-9._-]", "_");
    String name = "events.out.tfevents." + (long) wallTime + "." + host + "." + ProcessHandle.current().pid() + ".v2";
    Path file = directory.resolve(name);
    for (int i = 1; Files.exists(file); i++) {
      file = directory.resolve(name + "." + i);
    }
    EventFileWriter writer = new EventFileWriter(file);
    Event version = Event.newBuilder().setWallTime(wallTime).setFileVersion(FILE_VERSION).build();
    writer.write(version, StandardOpenOption.CREATE_NEW);
    return writer;
  }

  /** The file's path. */
  Path file() {
    return file;
  }

  /**
   * Appends one event holding a scalar summary per entry of {@code scalars} (tag to value) at
   * {@code step}.
   *
   * @throws IOException if the file cannot be written
   */
  void append(long step, double wallTime, Map<String, Double> scalars) throws IOException {
    Summary.Builder summary = Summary.newBuilder();
    scalars.forEach((tag, value) -> summary.addValue(
        Summary.Value.newBuilder().setTag(tag).setSimpleValue(value.floatValue())));
    write(Event.newBuilder().setWallTime(wallTime).setStep(step).setSummary(summary).build(), StandardOpenOption.APPEND);
  }

  private void write(Event event, StandardOpenOption mode) throws IOException {
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file, mode, StandardOpenOption.WRITE))) {
      TfRecordWriter.write(out, event.toByteArray());
    }
  }
}
