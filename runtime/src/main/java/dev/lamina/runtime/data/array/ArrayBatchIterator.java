package dev.lamina.runtime.data.array;

import dev.lamina.runtime.data.Batch;
import dev.lamina.runtime.data.BatchBufferPool;
import dev.lamina.runtime.data.BatchBuffers;
import dev.lamina.runtime.data.BatchIterator;
import java.util.NoSuchElementException;

/**
 * One pass over an {@link ArrayDataset}: each batch is copied, example by example, from the heap
 * arrays into buffers taken from the dataset's pool and handed back on {@link #close()}.
 */
final class ArrayBatchIterator implements BatchIterator {
  private final float[] features;
  private final int featureStart;
  private final int exampleLength;
  private final LabelStore labels;
  private final int labelStart;
  private final BatchBufferPool pool;
  private final int batchSize;
  private final int[] order;
  private final int batchCount;
  private BatchBuffers full;
  private BatchBuffers partial;
  private int next;
  private boolean closed;

  ArrayBatchIterator(float[] features, int featureStart, int exampleLength, LabelStore labels,
      int labelStart, BatchBufferPool pool, int batchSize, int[] order) {
    this.features = features;
    this.featureStart = featureStart;
    this.exampleLength = exampleLength;
    this.labels = labels;
    this.labelStart = labelStart;
    this.pool = pool;
    this.batchSize = batchSize;
    this.order = order;
    this.batchCount = (order.length + batchSize - 1) / batchSize;
  }

  @Override
  public int batchCount() {
    return batchCount;
  }

  @Override
  public boolean hasNext() {
    return !closed && next < batchCount;
  }

  @Override
  public Batch next() {
    if (!hasNext()) {
      throw new NoSuchElementException(closed ? "the iterator is closed" : "all " + batchCount
          + " batches were returned");
    }
    int start = next * batchSize;
    int n = Math.min(batchSize, order.length - start);
    BatchBuffers buffers = n == batchSize ? fullBuffers() : partialBuffers(n);
    for (int row = 0; row < n; row++) {
      int example = order[start + row];
      buffers.putFeatures(row, features, (featureStart + example) * exampleLength);
      labels.write(buffers, row, labelStart + example);
    }
    next++;
    return buffers.batch();
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (full != null) {
      pool.give(full);
    }
    if (partial != null) {
      pool.give(partial);
    }
  }

  private BatchBuffers fullBuffers() {
    if (full == null) {
      full = pool.take(batchSize);
    }
    return full;
  }

  private BatchBuffers partialBuffers(int n) {
    if (partial == null) {
      partial = pool.take(n);
    }
    return partial;
  }
}
