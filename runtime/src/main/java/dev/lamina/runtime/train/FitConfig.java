package dev.lamina.runtime.train;

import dev.lamina.runtime.callback.Callback;
import dev.lamina.runtime.data.Dataset;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How {@link Trainer#fit} runs, Keras's {@code fit} arguments with Keras's defaults: 1 epoch, batch
 * size 32, shuffling, no validation data, progress bar. One {@code seed} fixes the shuffle order and
 * the dropout masks of every epoch (derived from the seed and the epoch number, so a resumed run
 * repeats them); the network's initial weights come from the seed given to its factory.
 *
 * @param epochs the epoch the run ends at, exclusive (with {@code initialEpoch} 0: the number of
 *     epochs)
 * @param batchSize examples per step
 * @param validationData data evaluated after each epoch ({@code val_} figures), if any
 * @param validationBatchSize examples per validation step
 * @param shuffle whether to shuffle the training data each epoch
 * @param callbacks called in order around epochs and batches
 * @param seed the seed of shuffling and dropout
 * @param initialEpoch the epoch to start at: 0, or {@code CheckpointInfo.epoch()} to resume
 * @param verbosity how much to print
 * @param progressOutput where progress goes
 * @param microBatches micro-batches per step (gradient accumulation): each step runs the network on
 *     {@code batchSize / microBatches} examples at a time and applies the mean gradient of all
 *     {@code batchSize} (summed in a {@link GradientSum}); 1 (default) runs each batch at once.
 *     Batch normalization then normalizes each micro-batch with its own statistics.
 */
public record FitConfig(int epochs, int batchSize, Optional<Dataset> validationData, int validationBatchSize,
    boolean shuffle, List<Callback> callbacks, long seed, int initialEpoch, Verbosity verbosity,
    PrintStream progressOutput, int microBatches) {

  /** @throws IllegalArgumentException if a count is out of range */
  public FitConfig {
    if (epochs < 1) {
      throw new IllegalArgumentException("epochs must be >= 1, got " + epochs);
    }
    if (batchSize < 1 || validationBatchSize < 1) {
      throw new IllegalArgumentException("batch sizes must be >= 1, got " + batchSize + " and " + validationBatchSize);
    }
    if (initialEpoch < 0) {
      throw new IllegalArgumentException("initialEpoch must be >= 0, got " + initialEpoch);
    }
    Objects.requireNonNull(validationData, "validationData");
    callbacks = List.copyOf(callbacks);
    Objects.requireNonNull(verbosity, "verbosity");
    Objects.requireNonNull(progressOutput, "progressOutput");
    if (microBatches < 1 || batchSize % microBatches != 0) {
      throw new IllegalArgumentException("microBatches must be >= 1 and divide the batch size " + batchSize
          + ", got " + microBatches);
    }
  }

  /** Keras's defaults: 1 epoch, batch size 32, shuffle, seed 0, progress bar on {@code System.out}. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this configuration's settings. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.epochs = epochs;
    b.batchSize = batchSize;
    b.validationData = validationData.orElse(null);
    b.validationBatchSize = validationBatchSize;
    b.shuffle = shuffle;
    b.callbacks = new ArrayList<>(callbacks);
    b.seed = seed;
    b.initialEpoch = initialEpoch;
    b.verbosity = verbosity;
    b.progressOutput = progressOutput;
    b.microBatches = microBatches;
    return b;
  }

  /** Builds a {@link FitConfig}. */
  public static final class Builder {
    private int epochs = 1;
    private int batchSize = 32;
    private Dataset validationData;
    private Integer validationBatchSize;
    private boolean shuffle = true;
    private List<Callback> callbacks = new ArrayList<>();
    private long seed;
    private int initialEpoch;
    private Verbosity verbosity = Verbosity.PROGRESS_BAR;
    private PrintStream progressOutput = System.out;
    private int microBatches = 1;

    private Builder() {}

    /** The epoch to end at, exclusive (default 1). */
    public Builder epochs(int epochs) {
      this.epochs = epochs;
      return this;
    }

    /** Examples per step (default 32). */
    public Builder batchSize(int batchSize) {
      this.batchSize = batchSize;
      return this;
    }

    /** Data evaluated after every epoch, giving {@code val_loss} and {@code val_<metric>}. */
    public Builder validationData(Dataset validationData) {
      this.validationData = Objects.requireNonNull(validationData, "validationData");
      return this;
    }

    /** Examples per validation step (default: the batch size). */
    public Builder validationBatchSize(int validationBatchSize) {
      this.validationBatchSize = validationBatchSize;
      return this;
    }

    /** Whether to shuffle the training data every epoch (default true). */
    public Builder shuffle(boolean shuffle) {
      this.shuffle = shuffle;
      return this;
    }

    /** Callbacks, called in this order (replaces earlier ones). */
    public Builder callbacks(Callback... callbacks) {
      this.callbacks = new ArrayList<>(List.of(callbacks));
      return this;
    }

    /** Callbacks, called in this order (replaces earlier ones). */
    public Builder callbacks(List<Callback> callbacks) {
      this.callbacks = new ArrayList<>(callbacks);
      return this;
    }

    /** The seed of shuffling and dropout (default 0). */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /** The epoch to start at (default 0; a checkpoint's {@code epoch()} to resume). */
    public Builder initialEpoch(int initialEpoch) {
      this.initialEpoch = initialEpoch;
      return this;
    }

    /** How much to print (default PROGRESS_BAR). */
    public Builder verbosity(Verbosity verbosity) {
      this.verbosity = verbosity;
      return this;
    }

    /** Where to print progress (default {@code System.out}; in place only there, on a terminal). */
    public Builder progressOutput(PrintStream progressOutput) {
      this.progressOutput = progressOutput;
      return this;
    }

    /**
     * Micro-batches per step, gradient accumulation (default 1): must divide the batch size; the step's
     * gradient is the mean over all {@code batchSize} examples.
     */
    public Builder microBatches(int microBatches) {
      this.microBatches = microBatches;
      return this;
    }

    /** @throws IllegalArgumentException if a count is out of range */
    public FitConfig build() {
      return new FitConfig(epochs, batchSize, Optional.ofNullable(validationData),
          validationBatchSize == null ? batchSize : validationBatchSize, shuffle, callbacks, seed, initialEpoch,
          verbosity, progressOutput, microBatches);
    }
  }
}
