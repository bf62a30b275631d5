/**
 * Saving and loading: checkpoints of weights, optimizer state and training progress in a
 * documented, versioned zip of NumPy arrays ({@code docs/checkpoint-format.md}), the weights alone as a NumPy {@code .npz} under Keras's names
 * ({@link dev.lamina.runtime.io.NpzWeights}), and atomic file
 * writes (temporary file, fsync, atomic rename) for everything the runtime writes.
 */
package dev.lamina.runtime.io;
