package dev.lamina.runtime.train;

import dev.lamina.runtime.metric.MetricAccumulator;
import java.util.List;

/** The steps of one epoch of a {@link StepSource}; closed when the epoch ends or stops. */
public interface EpochSteps extends AutoCloseable {
  /** Whether another step remains in the epoch. */
  boolean hasNext();

  /**
   * Computes the next step: runs the network forward (training mode) and backward over the step's
   * global batch, writes the batch's mean loss gradient into the trained model's
   * {@code parameters().gradients()} and adds the batch's outputs to {@code accumulators}. The
   * optimizer step is the caller's.
   *
   * @return the batch's mean loss and its example count; a non-finite loss leaves the gradients
   *     undefined (the caller skips the update)
   * @throws IllegalArgumentException if the batch does not fit the network or loss
   */
  StepResult next(List<MetricAccumulator> accumulators);

  /** Hands back the epoch's resources. */
  @Override
  void close();
}
