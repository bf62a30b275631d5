package dev.lamina.runtime.callback;

import dev.lamina.runtime.metric.Logs;
import dev.lamina.runtime.metric.MetricKey;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.IntFunction;

/**
 * Saves a checkpoint at the end of epochs, Keras's {@code keras.callbacks.ModelCheckpoint}: every
 * epoch, or with {@code saveBestOnly} only when the monitored figure beats the best so far (no
 * {@code minDelta}; NaN never does). Each save is atomic, so the file under the path is always a
 * complete checkpoint. The checkpoint includes the optimizer state unless {@code saveWeightsOnly},
 * so training can resume from it.
 *
 * <p>The tutorial's {@code ModelCheckpoint(output_model_file, save_best_only=True)} is
 * {@code ModelCheckpoint.builder(path).saveBestOnly(true).build()}.
 */
public final class ModelCheckpoint implements Callback {
  private final IntFunction<Path> path;
  private final Monitor monitor;
  private final boolean saveBestOnly;
  private final boolean saveWeightsOnly;
  private double best;
  private int saves;

  private ModelCheckpoint(Builder b) {
    this.path = b.path;
    this.monitor = new Monitor(b.monitor, b.mode, 0);
    this.saveBestOnly = b.saveBestOnly;
    this.saveWeightsOnly = b.saveWeightsOnly;
  }

  /** Saves to one file, overwritten by each save. */
  public static Builder builder(Path path) {
    Objects.requireNonNull(path, "path");
    return new Builder(epoch -> path);
  }

  /**
   * Saves to a file per epoch: {@code pathForEpoch} gets the 1-based epoch number (what Keras's
   * {@code {epoch:02d}} in a file path formats).
   */
  public static Builder perEpoch(IntFunction<Path> pathForEpoch) {
    return new Builder(Objects.requireNonNull(pathForEpoch, "pathForEpoch"));
  }

  @Override
  public void onTrainBegin(TrainingContext context) {
    if (saveBestOnly) {
      monitor.checkAvailable("ModelCheckpoint", context);
    }
    best = monitor.worst();
  }

  @Override
  public void onEpochEnd(TrainingContext context, int epoch, Logs logs) {
    if (saveBestOnly) {
      double current = monitor.valueIn(logs);
      if (!monitor.improves(current, best)) {
        return;
      }
      best = current;
    }
    context.saveCheckpoint(path.apply(epoch + 1), !saveWeightsOnly);
    saves++;
  }

  /** How many checkpoints this callback has written. */
  public int saves() {
    return saves;
  }

  /** Configures a {@link ModelCheckpoint}; every setting has Keras's default. */
  public static final class Builder {
    private final IntFunction<Path> path;
    private MetricKey monitor = MetricKey.VAL_LOSS;
    private Mode mode = Mode.AUTO;
    private boolean saveBestOnly;
    private boolean saveWeightsOnly;

    private Builder(IntFunction<Path> path) {
      this.path = path;
    }

    /** The figure that decides what is best (default {@code val_loss}). */
    public Builder monitor(MetricKey monitor) {
      this.monitor = monitor;
      return this;
    }

    /** Whether the figure improves by decreasing or increasing (default AUTO). */
    public Builder mode(Mode mode) {
      this.mode = mode;
      return this;
    }

    /** Whether to save only improvements (default false: every epoch). */
    public Builder saveBestOnly(boolean saveBestOnly) {
      this.saveBestOnly = saveBestOnly;
      return this;
    }

    /** Whether to leave the optimizer state out (default false); such a checkpoint cannot resume training exactly. */
    public Builder saveWeightsOnly(boolean saveWeightsOnly) {
      this.saveWeightsOnly = saveWeightsOnly;
      return this;
    }

    public ModelCheckpoint build() {
      return new ModelCheckpoint(this);
    }
  }
}
