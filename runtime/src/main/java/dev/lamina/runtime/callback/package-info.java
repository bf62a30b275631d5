/**
 * Callbacks: hooks into {@code fit} with Keras's names and semantics: early stopping, checkpoints of
 * the best epoch, CSV logs, termination on a NaN loss and learning-rate reduction on plateaus. The
 * {@link dev.lamina.runtime.callback.TrainingContext} is what they see of the run; TensorBoard logs
 * live in {@code dev.lamina.runtime.tensorboard}.
 */
package dev.lamina.runtime.callback;
