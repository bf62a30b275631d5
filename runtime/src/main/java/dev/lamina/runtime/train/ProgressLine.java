package dev.lamina.runtime.train;

import dev.lamina.runtime.metric.Logs;
import java.util.Locale;

/**
 * The text of Keras's progress bar ({@code keras.utils.Progbar}, TensorFlow 2 style):
 * <pre>
 *   37/1719 [&gt;.............................] - ETA: 40s - loss: 0.5123 - accuracy: 0.8123
 * 1719/1719 [==============================] - 23s 13ms/step - loss: 0.4335 - accuracy: 0.8442 - val_loss: ...
 * 1719/1719 - 23s - loss: 0.4335 - accuracy: 0.8442 - val_loss: 0.3615 - 23s/epoch - 13ms/step
 * </pre>
 */
final class ProgressLine {
  private static final int WIDTH = 30;

  private ProgressLine() {}

  /** A line during an epoch: count, bar, ETA and running figures. */
  static String running(int done, int total, double elapsedSeconds, Logs logs) {
    double perStep = done == 0 ? 0 : elapsedSeconds / done;
    return count(done, total) + " " + bar(done, total) + " - ETA: " + eta(perStep * (total - done)) + figures(logs);
  }

  /** The final line of an epoch with a bar (verbose 1). */
  static String finished(int done, int total, double elapsedSeconds, Logs logs) {
    return count(done, total) + " " + bar(done, total) + " - " + seconds(elapsedSeconds) + " "
        + perStep(elapsedSeconds / Math.max(done, 1)) + figures(logs);
  }

  /** The line of an epoch without a bar (verbose 2). */
  static String summary(int done, int total, double elapsedSeconds, Logs logs) {
    return done + "/" + total + " - " + seconds(elapsedSeconds) + figures(logs) + " - " + seconds(elapsedSeconds)
        + "/epoch - " + perStep(elapsedSeconds / Math.max(done, 1));
  }

  private static String count(int done, int total) {
    int digits = String.valueOf(total).length();
    return String.format(Locale.ROOT, "%" + digits + "d/%d", done, total);
  }

  private static String bar(int done, int total) {
    int filled = total == 0 ? WIDTH : (int) (WIDTH * (double) done / total);
    StringBuilder bar = new StringBuilder("[");
    if (filled > 0) {
      bar.append("=".repeat(filled - 1)).append(done < total ? '>' : '=');
    }
    return bar.append(".".repeat(WIDTH - filled)).append(']').toString();
  }

  private static String figures(Logs logs) {
    return logs.isEmpty() ? "" : " - " + logs;
  }

  private static String seconds(double s) {
    return String.format(Locale.ROOT, "%.0fs", s);
  }

  /** Keras's {@code _format_time}: s/step from 1 s, ms/step from 1 ms, us/step below. */
  static String perStep(double s) {
    if (s >= 1) {
      return String.format(Locale.ROOT, "%.0fs/step", s);
    }
    if (s >= 1e-3) {
      return String.format(Locale.ROOT, "%.0fms/step", s * 1e3);
    }
    return String.format(Locale.ROOT, "%.0fus/step", s * 1e6);
  }

  /** Keras's ETA: {@code h:mm:ss} above an hour, {@code m:ss} above a minute, else {@code Ns}. */
  static String eta(double s) {
    long t = Math.round(s);
    if (t > 3600) {
      return String.format(Locale.ROOT, "%d:%02d:%02d", t / 3600, (t % 3600) / 60, t % 60);
    }
    if (t > 60) {
      return String.format(Locale.ROOT, "%d:%02d", t / 60, t % 60);
    }
    return t + "s";
  }
}
