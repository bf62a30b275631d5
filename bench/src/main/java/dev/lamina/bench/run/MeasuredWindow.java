package dev.lamina.bench.run;

import dev.lamina.bench.measure.Snapshot;
import dev.lamina.bench.measure.WindowFigures;
import dev.lamina.runtime.callback.Callback;
import dev.lamina.runtime.callback.TrainingContext;
import dev.lamina.runtime.metric.Logs;
import dev.lamina.runtime.metric.MetricKey;

/**
 * Times training steps inside {@code Trainer.fit} as the peers time theirs: the window opens when
 * {@code warmupSteps} steps have completed (at the start of training if 0) and closes when
 * {@code timedSteps} more have, at the end of a step's {@code onBatchEnd}; then it stops the training.
 * Steps count across epochs. Within the window the callback reads nothing but a counter, so it adds
 * no allocation of its own.
 */
final class MeasuredWindow implements Callback {
  private final int warmupSteps;
  private final int timedSteps;
  private final int batchSize;
  private final int trainSize;
  private final LayerTimes profiler;
  private final MetricKey accuracyKey;
  private int completed;
  private long samples;
  private Snapshot start;
  private WindowFigures figures;
  private Logs logs;

  /**
   * A window that reports {@link MetricKey#ACCURACY} as {@link #accuracy()}.
   *
   * @param profiler recording is switched on for the window, or null
   * @throws IllegalArgumentException if a count is out of range
   */
  MeasuredWindow(int warmupSteps, int timedSteps, int batchSize, int trainSize, LayerTimes profiler) {
    this(warmupSteps, timedSteps, batchSize, trainSize, profiler, MetricKey.ACCURACY);
  }

  /**
   * @param profiler recording is switched on for the window, or null
   * @param accuracyKey the metric {@link #accuracy()} reads: {@code accuracy}, or a segmenter's
   *     {@code binary_accuracy}
   * @throws IllegalArgumentException if a count is out of range
   */
  MeasuredWindow(int warmupSteps, int timedSteps, int batchSize, int trainSize, LayerTimes profiler,
      MetricKey accuracyKey) {
    if (warmupSteps < 0 || timedSteps < 1 || batchSize < 1 || trainSize < 1) {
      throw new IllegalArgumentException("a measured window needs warm-up >= 0, timed steps >= 1 and a batch; got "
          + warmupSteps + ", " + timedSteps + ", " + batchSize);
    }
    this.warmupSteps = warmupSteps;
    this.timedSteps = timedSteps;
    this.batchSize = batchSize;
    this.trainSize = trainSize;
    this.profiler = profiler;
    this.accuracyKey = accuracyKey;
  }

  /** Epochs {@code fit} must be given so that the window can complete. */
  int epochsNeeded() {
    int stepsPerEpoch = (trainSize + batchSize - 1) / batchSize;
    return (warmupSteps + timedSteps + stepsPerEpoch - 1) / stepsPerEpoch;
  }

  @Override
  public void onTrainBegin(TrainingContext context) {
    if (warmupSteps == 0) {
      open();
    }
  }

  @Override
  public void onBatchEnd(TrainingContext context, int batch, Logs batchLogs) {
    completed++;
    if (start != null) {
      samples += Math.min(batchSize, trainSize - (long) batch * batchSize);
    }
    if (completed == warmupSteps) {
      open();
    } else if (completed == warmupSteps + timedSteps) {
      figures = Snapshot.end().since(start, timedSteps, samples);
      if (profiler != null) {
        profiler.recording(false);
      }
      logs = batchLogs;
      context.stopTraining();
    }
  }

  private void open() {
    if (profiler != null) {
      profiler.recording(true);
    }
    start = Snapshot.begin();
  }

  /**
   * The window's figures.
   *
   * @throws IllegalStateException if training ended before the window closed
   */
  WindowFigures figures() {
    if (figures == null) {
      throw new IllegalStateException("training stopped after " + completed + " steps, before the measured window ("
          + warmupSteps + " + " + timedSteps + " steps) closed");
    }
    return figures;
  }

  /** The epoch's running mean loss when the window closed. */
  double loss() {
    figures();
    return logs.get(MetricKey.LOSS);
  }

  /** The epoch's running mean accuracy (or the metric given for it) when the window closed. */
  double accuracy() {
    figures();
    return logs.get(accuracyKey);
  }
}
