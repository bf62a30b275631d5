package dev.lamina.runtime.callback;

import dev.lamina.runtime.Model;
import dev.lamina.runtime.metric.MetricKey;
import dev.lamina.runtime.optim.Optimizer;
import java.nio.file.Path;
import java.util.List;

/** What a {@link Callback} sees of a running {@code fit}, and how it asks the training to stop. */
public interface TrainingContext {

  /** The network being trained. */
  Model model();

  /** Its optimizer (a callback may change the learning rate). */
  Optimizer optimizer();

  /** The epoch the run starts at (0, or the epoch a resumed run continues from). */
  int initialEpoch();

  /** The epoch count the run ends at, exclusive (Keras's {@code epochs}). */
  int epochs();

  /** Batches per epoch. */
  int stepsPerEpoch();

  /** The keys every epoch's logs will hold, in log order ({@code loss}, metrics, {@code val_...}). */
  List<MetricKey> epochKeys();

  /**
   * Asks the training to stop (Keras's {@code model.stop_training = True}) at the next batch
   * boundary: the batch under way completes (from {@code onEpochBegin}: the epoch's first batch),
   * the epoch is finished with the batches seen (validation and {@code onEpochEnd} still run), and
   * no further epoch starts. Called from {@code onEpochEnd}, it only prevents the next epoch.
   */
  void stopTraining();

  /** Whether a callback asked to stop. */
  boolean stopRequested();

  /**
   * Saves the training state, as it is after the last completed epoch, to {@code path}: weights,
   * optimizer state when {@code includeOptimizer}, the completed epoch count and the seed (see
   * {@code docs/checkpoint-format.md}). Written atomically: the previous file under {@code path}
   * stays intact until the new one is complete.
   *
   * @throws java.io.UncheckedIOException if the file cannot be written; the message names the path
   */
  void saveCheckpoint(Path path, boolean includeOptimizer);
}
