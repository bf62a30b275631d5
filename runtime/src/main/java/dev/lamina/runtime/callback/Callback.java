package dev.lamina.runtime.callback;

import dev.lamina.runtime.metric.Logs;

/**
 * Hooks into {@code fit}, Keras's {@code keras.callbacks.Callback}: every method does nothing unless
 * overridden. Epochs are 0-based as in Keras's hooks ({@code epoch + 1} is what progress lines show),
 * batches 0-based within their epoch.
 */
public interface Callback {

  /** Before the first epoch. Open files and check settings here. */
  default void onTrainBegin(TrainingContext context) {}

  /** Before an epoch's first batch. */
  default void onEpochBegin(TrainingContext context, int epoch) {}

  /**
   * After a batch's update.
   *
   * @param logs the running means of the epoch so far ({@code loss}, metrics)
   */
  default void onBatchEnd(TrainingContext context, int batch, Logs logs) {}

  /**
   * After an epoch and its validation.
   *
   * @param logs the epoch's figures: {@code loss} and metrics, then {@code val_} figures when
   *     there is validation data
   */
  default void onEpochEnd(TrainingContext context, int epoch, Logs logs) {}

  /**
   * After the last epoch, or when training stopped early (not when it failed with an exception).
   *
   * @param logs the last epoch's figures (empty if no epoch ran)
   */
  default void onTrainEnd(TrainingContext context, Logs logs) {}
}
