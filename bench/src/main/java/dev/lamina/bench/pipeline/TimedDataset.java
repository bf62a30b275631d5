package dev.lamina.bench.pipeline;

import dev.lamina.runtime.data.Batch;
import dev.lamina.runtime.data.BatchIterator;
import dev.lamina.runtime.data.Dataset;
import dev.lamina.runtime.data.Order;

/**
 * A dataset that records how long its consumer waits inside {@code next()}: with a prefetching
 * pipeline, the data preparation that training does not hide.
 */
final class TimedDataset implements Dataset {
  private final Dataset source;
  private long waitNanos;
  private long batches;

  TimedDataset(Dataset source) {
    this.source = source;
  }

  @Override
  public int size() {
    return source.size();
  }

  @Override
  public int[] exampleShape() {
    return source.exampleShape();
  }

  @Override
  public int[] labelShape() {
    return source.labelShape();
  }

  @Override
  public BatchIterator batches(int batchSize, Order order) {
    BatchIterator it = source.batches(batchSize, order);
    return new BatchIterator() {
      @Override
      public int batchCount() {
        return it.batchCount();
      }

      @Override
      public boolean hasNext() {
        return it.hasNext();
      }

      @Override
      public Batch next() {
        long t0 = System.nanoTime();
        Batch batch = it.next();
        waitNanos += System.nanoTime() - t0;
        batches++;
        return batch;
      }

      @Override
      public void close() {
        it.close();
      }
    };
  }

  /** Seconds spent waiting in {@code next()}, over every pass. */
  double waitSeconds() {
    return waitNanos / 1e9;
  }

  /** Batches delivered. */
  long batches() {
    return batches;
  }
}
