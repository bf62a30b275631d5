package dev.lamina.runtime.train;

/**
 * Where {@link Trainer#fit(StepSource, FitConfig)} gets each step's gradient from: the one thing a
 * distributed trainer replaces. {@code fit} keeps the epoch loop, the optimizer step, the running
 * figures, {@link History}, the callbacks and the progress; the source computes, for each step of an
 * epoch, the mean loss gradient of the step's global batch into the trained model's
 * {@code parameters().gradients()}.
 *
 * <p>{@link Trainer#fit(dev.lamina.runtime.data.Dataset, FitConfig)} uses a source over a local
 * {@code Dataset}, one or several micro-batches per step ({@link FitConfig#microBatches()});
 * {@code dev.lamina.spark.SparkTrainer} uses one whose shards are computed by Spark tasks.
 */
public interface StepSource {
  /** Examples per epoch; with the batch size it gives the steps per epoch. */
  int size();

  /** One example's feature shape, {@code {height, width, channels}}. */
  int[] exampleShape();

  /** One example's label shape, as {@link dev.lamina.runtime.data.Dataset#labelShape()}. */
  int[] labelShape();

  /**
   * The steps of one epoch, in order.
   *
   * @param epoch the 0-based epoch
   * @param config the fit's configuration (batch size, micro-batches, shuffle, seed)
   */
  EpochSteps epoch(int epoch, FitConfig config);
}
