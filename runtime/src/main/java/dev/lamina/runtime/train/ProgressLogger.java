package dev.lamina.runtime.train;

import dev.lamina.runtime.callback.Callback;
import dev.lamina.runtime.callback.TrainingContext;
import dev.lamina.runtime.metric.Logs;
import java.io.PrintStream;
import java.util.function.LongSupplier;

/**
 * Prints Keras-style progress: {@code Epoch 3/10}, then the epoch's progress line, redrawn in place
 * (carriage return, throttled to one redraw per 50 ms as Keras's {@code Progbar}) when the output
 * is an interactive terminal, printed once at the epoch's end otherwise.
 */
final class ProgressLogger implements Callback {
  private static final long REDRAW_NANOS = 50_000_000L;

  private final PrintStream out;
  private final Verbosity verbosity;
  private final boolean interactive;
  private final LongSupplier clock;
  private long start;
  private long lastRedraw;
  private int batches;
  private int width;

  ProgressLogger(PrintStream out, Verbosity verbosity, boolean interactive, LongSupplier clock) {
    this.out = out;
    this.verbosity = verbosity;
    this.interactive = interactive && verbosity == Verbosity.PROGRESS_BAR;
    this.clock = clock;
  }

  @Override
  public void onEpochBegin(TrainingContext context, int epoch) {
    start = clock.getAsLong();
    lastRedraw = start - REDRAW_NANOS;
    batches = 0;
    width = 0;
    out.println("Epoch " + (epoch + 1) + "/" + context.epochs());
    out.flush();
  }

  @Override
  public void onBatchEnd(TrainingContext context, int batch, Logs logs) {
    batches = batch + 1;
    if (!interactive) {
      return;
    }
    long now = clock.getAsLong();
    if (now - lastRedraw < REDRAW_NANOS && batches < context.stepsPerEpoch()) {
      return;
    }
    lastRedraw = now;
    redraw(ProgressLine.running(batches, context.stepsPerEpoch(), seconds(now), logs), false);
  }

  @Override
  public void onEpochEnd(TrainingContext context, int epoch, Logs logs) {
    double elapsed = seconds(clock.getAsLong());
    String line = verbosity == Verbosity.PROGRESS_BAR
        ? ProgressLine.finished(batches, context.stepsPerEpoch(), elapsed, logs)
        : ProgressLine.summary(batches, context.stepsPerEpoch(), elapsed, logs);
    if (interactive) {
      redraw(line, true);
    } else {
      out.println(line);
    }
    out.flush();
  }

  private void redraw(String line, boolean last) {
    String padded = line.length() < width ? line + " ".repeat(width - line.length()) : line;
    width = line.length();
    out.print("\r" + padded + (last ? System.lineSeparator() : ""));
    out.flush();
  }

  private double seconds(long now) {
    return (now - start) / 1e9;
  }
}
