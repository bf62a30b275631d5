package dev.lamina.runtime.data;

import java.util.Iterator;

/**
 * Batches of one pass over a dataset; the last batch holds the remainder when the dataset's size is
 * not a multiple of the batch size. Close it to release files, threads or buffers: Lamina's
 * datasets take their batch arrays back on {@code close()} and reuse them for the next pass, so a
 * training loop written as {@code try (BatchIterator it = data.batches(32, order)) { ... }}
 * allocates no batch arrays after its first epoch. Not thread-safe: one thread consumes it.
 */
public interface BatchIterator extends Iterator<Batch>, AutoCloseable {
  /** Batches in one pass: {@code ceil(size / batchSize)}. */
  int batchCount();

  /** Releases what the iterator holds; does not throw checked exceptions. */
  @Override
  void close();
}
