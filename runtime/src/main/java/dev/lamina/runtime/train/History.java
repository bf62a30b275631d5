package dev.lamina.runtime.train;

import dev.lamina.runtime.io.AtomicFiles;
import dev.lamina.runtime.metric.Logs;
import dev.lamina.runtime.metric.MetricKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The figures of each epoch of a {@link Trainer#fit} run, Keras's {@code History}: the epochs
 * (0-based) and, per figure, a value per epoch ({@code history.history["val_loss"]}).
 */
public final class History {
  private final List<Integer> epochs = new ArrayList<>();
  private final List<Logs> logs = new ArrayList<>();

  /** Records an epoch's figures. */
  void add(int epoch, Logs epochLogs) {
    epochs.add(epoch);
    logs.add(epochLogs);
  }

  /** The epochs run, 0-based, in order. */
  public List<Integer> epochs() {
    return Collections.unmodifiableList(epochs);
  }

  /** The number of epochs run. */
  public int size() {
    return epochs.size();
  }

  /** Every figure logged, in log order ({@code loss}, metrics, {@code val_loss}, ...). */
  public List<MetricKey> keys() {
    Set<MetricKey> keys = new LinkedHashSet<>();
    logs.forEach(l -> keys.addAll(l.keys()));
    return List.copyOf(keys);
  }

  /**
   * A figure's value per epoch (NaN for an epoch that did not log it).
   *
   * @throws IllegalArgumentException if no epoch logged it; the message lists the figures there are
   */
  public double[] values(MetricKey key) {
    if (!keys().contains(key)) {
      throw new IllegalArgumentException("the history has no " + key.logName() + "; it has "
          + keys().stream().map(MetricKey::logName).collect(Collectors.joining(", ")));
    }
    return logs.stream().mapToDouble(l -> l.find(key).orElse(Double.NaN)).toArray();
  }

  /** The figures of the {@code index}-th epoch run. */
  public Logs epochLogs(int index) {
    return logs.get(index);
  }

  /**
   * The last epoch's figures.
   *
   * @throws IllegalStateException if no epoch ran
   */
  public Logs last() {
    if (logs.isEmpty()) {
      throw new IllegalStateException("no epoch ran");
    }
    return logs.get(logs.size() - 1);
  }

  /** The history as CSV: {@code epoch,loss,accuracy,val_loss,val_accuracy} and a row per epoch. */
  public String toCsv() {
    List<MetricKey> keys = keys();
    StringBuilder csv = new StringBuilder("epoch");
    keys.forEach(k -> csv.append(',').append(k.logName()));
    csv.append('\n');
    for (int i = 0; i < epochs.size(); i++) {
      csv.append(epochs.get(i));
      for (MetricKey k : keys) {
        csv.append(',');
        logs.get(i).find(k).ifPresent(csv::append);
      }
      csv.append('\n');
    }
    return csv.toString();
  }

  /**
   * Writes {@link #toCsv()} to {@code file} atomically.
   *
   * @throws IOException if it cannot be written; an existing file is left as it was
   */
  public void writeCsv(Path file) throws IOException {
    AtomicFiles.write(file, toCsv().getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    return keys().stream().map(k -> k.logName() + "=" + java.util.Arrays.toString(values(k)))
        .collect(Collectors.joining(", ", "History{", "}"));
  }
}
