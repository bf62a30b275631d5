package dev.lamina.runtime.data;

import java.util.Iterator;

/**
 * Batches of one pass over a dataset; the last batch holds the remainder when the dataset's size is
 * not a multiple of the batch size. Close it to release files or buffers.
 */
public interface BatchIterator extends Iterator<Batch>, AutoCloseable {
  /** Batches in one pass: {@code ceil(size / batchSize)}. */
  int batchCount();

  /** Releases what the iterator holds; does not throw checked exceptions. */
  @Override
  void close();
}
