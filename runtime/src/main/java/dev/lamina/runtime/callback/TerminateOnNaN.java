package dev.lamina.runtime.callback;

import dev.lamina.runtime.metric.Logs;
import dev.lamina.runtime.metric.MetricKey;
import java.io.PrintStream;
import java.util.Objects;

/**
 * Stops training at the first batch whose loss is NaN or infinite, Keras's
 * {@code keras.callbacks.TerminateOnNaN}, and prints {@code Batch 17: Invalid loss, terminating
 * training}. The trainer never applies the update of such a batch, so the weights stay those
 * before it; the epoch is finished with the batches seen (its loss is NaN) and {@code fit} returns
 * normally. Without this callback, a non-finite loss makes {@code fit} throw
 * {@link dev.lamina.runtime.NonFiniteValueException}.
 */
public final class TerminateOnNaN implements Callback {
  private final PrintStream out;
  private int terminatedEpoch = -1;
  private int terminatedBatch = -1;
  private int epoch;

  /** Prints to {@code System.out}, as Keras does. */
  public TerminateOnNaN() {
    this(System.out);
  }

  /** Prints to {@code out}. */
  public TerminateOnNaN(PrintStream out) {
    this.out = Objects.requireNonNull(out, "out");
  }

  @Override
  public void onEpochBegin(TrainingContext context, int epoch) {
    this.epoch = epoch;
  }

  @Override
  public void onBatchEnd(TrainingContext context, int batch, Logs logs) {
    double loss = logs.find(MetricKey.LOSS).orElse(0);
    if (!Double.isFinite(loss)) {
      out.println("Batch " + batch + ": Invalid loss, terminating training");
      terminatedEpoch = epoch;
      terminatedBatch = batch;
      context.stopTraining();
    }
  }

  /** The epoch (0-based) in which training was terminated, or -1. */
  public int terminatedEpoch() {
    return terminatedEpoch;
  }

  /** The batch (0-based within its epoch) at which training was terminated, or -1. */
  public int terminatedBatch() {
    return terminatedBatch;
  }
}
