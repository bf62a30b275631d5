package dev.lamina.runtime.tensorboard;

import dev.lamina.runtime.callback.Callback;
import dev.lamina.runtime.callback.TrainingContext;
import dev.lamina.runtime.metric.Logs;
import dev.lamina.runtime.metric.MetricKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Writes TensorBoard event files as Keras's {@code keras.callbacks.TensorBoard(log_dir)} does for
 * epoch figures: scalar summaries {@code epoch_loss}, {@code epoch_accuracy}, ... and
 * {@code epoch_learning_rate} at step {@code epoch} (0-based) in {@code <logDir>/train}, and the
 * validation figures under the same tags ({@code epoch_loss}, not {@code val_loss}) in
 * {@code <logDir>/validation}, so that {@code tensorboard --logdir <logDir>} shows training and
 * validation curves of each figure in one chart.
 */
public final class TensorBoard implements Callback {
  private final Path logDir;
  private EventFileWriter train;
  private EventFileWriter validation;

  /** Logs under {@code logDir} (created if missing). */
  public TensorBoard(Path logDir) {
    this.logDir = Objects.requireNonNull(logDir, "logDir");
  }

  /**
   * Creates the run directories and event files.
   *
   * @throws UncheckedIOException if the log directory cannot be created or written; the message
   *     names it
   */
  @Override
  public void onTrainBegin(TrainingContext context) {
    double now = wallTime();
    try {
      train = EventFileWriter.create(logDir.resolve("train"), now);
      boolean validating = context.epochKeys().stream().anyMatch(MetricKey::validation);
      validation = validating ? EventFileWriter.create(logDir.resolve("validation"), now) : null;
    } catch (IOException e) {
      throw new UncheckedIOException("TensorBoard cannot write its log directory " + logDir.toAbsolutePath() + ": "
          + e, e);
    }
  }

  @Override
  public void onEpochEnd(TrainingContext context, int epoch, Logs logs) {
    Map<String, Double> trainScalars = new LinkedHashMap<>();
    Map<String, Double> validationScalars = new LinkedHashMap<>();
    logs.asMap().forEach((key, value) ->
        (key.validation() ? validationScalars : trainScalars).put("epoch_" + key.metric(), value));
    trainScalars.put("epoch_learning_rate", context.optimizer().learningRate());
    double now = wallTime();
    try {
      train.append(epoch, now, trainScalars);
      if (validation != null && !validationScalars.isEmpty()) {
        validation.append(epoch, now, validationScalars);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("TensorBoard cannot append to " + logDir.toAbsolutePath() + ": " + e, e);
    }
  }

  /** The training event file, once training began. */
  public Path trainFile() {
    return train == null ? null : train.file();
  }

  /** The validation event file, once training with validation data began. */
  public Path validationFile() {
    return validation == null ? null : validation.file();
  }

  private static double wallTime() {
    return System.currentTimeMillis() / 1000.0;
  }
}
