package dev.lamina.runtime.callback;

import dev.lamina.runtime.metric.Logs;
import dev.lamina.runtime.metric.MetricKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Streams each epoch's figures to a CSV file, Keras's {@code keras.callbacks.CSVLogger}: a header
 * {@code epoch,accuracy,loss,val_accuracy,val_loss} (the figures sorted by name, as Keras does),
 * then one row per epoch (0-based), appended and closed after each epoch so the file is readable
 * while training runs and survives a crash up to the last finished epoch.
 */
public final class CsvLogger implements Callback {
  private final Path file;
  private final char separator;
  private final boolean append;
  private List<MetricKey> columns;

  private CsvLogger(Builder b) {
    this.file = b.file;
    this.separator = b.separator;
    this.append = b.append;
  }

  /** Logs to {@code file}, separator {@code ,}, overwriting an existing file (Keras's defaults). */
  public static Builder builder(Path file) {
    return new Builder(Objects.requireNonNull(file, "file"));
  }

  /**
   * Creates (or, without append, empties) the file now, so a bad path fails before training.
   *
   * @throws UncheckedIOException if the file cannot be written; the message names it
   */
  @Override
  public void onTrainBegin(TrainingContext context) {
    columns = context.epochKeys().stream().sorted(Comparator.comparing(MetricKey::logName)).toList();
    boolean continuing = append && Files.exists(file) && size(file) > 0;
    StringBuilder header = new StringBuilder("epoch");
    columns.forEach(k -> header.append(separator).append(k.logName()));
    write(continuing ? "" : header + "\n", !append);
  }

  @Override
  public void onEpochEnd(TrainingContext context, int epoch, Logs logs) {
    StringBuilder row = new StringBuilder().append(epoch);
    for (MetricKey k : columns) {
      row.append(separator).append(logs.find(k).isPresent() ? String.valueOf(logs.get(k)) : "");
    }
    write(row + "\n", false);
  }

  private void write(String text, boolean truncate) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
          truncate ? StandardOpenOption.TRUNCATE_EXISTING : StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException("CSVLogger cannot write " + file.toAbsolutePath() + ": " + e, e);
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException("CSVLogger cannot read " + file.toAbsolutePath() + ": " + e, e);
    }
  }

  /** Configures a {@link CsvLogger}. */
  public static final class Builder {
    private final Path file;
    private char separator = ',';
    private boolean append;

    private Builder(Path file) {
      this.file = file;
    }

    /** The column separator (default {@code ,}). */
    public Builder separator(char separator) {
      this.separator = separator;
      return this;
    }

    /** Whether to add rows to an existing file instead of replacing it (default false). */
    public Builder append(boolean append) {
      this.append = append;
      return this;
    }

    public CsvLogger build() {
      return new CsvLogger(this);
    }
  }
}
