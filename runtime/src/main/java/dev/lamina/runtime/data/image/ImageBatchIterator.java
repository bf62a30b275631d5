package dev.lamina.runtime.data.image;

import dev.lamina.runtime.data.Batch;
import dev.lamina.runtime.data.BatchBufferPool;
import dev.lamina.runtime.data.BatchBuffers;
import dev.lamina.runtime.data.BatchIterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * One pass over an {@link ImageFolder}, decoding each batch's images as the batch is needed. With
 * prefetching, a background thread decodes batch {@code k + 1} into a second pair of buffers while
 * the consumer trains on batch {@code k}.
 */
final class ImageBatchIterator implements BatchIterator {
  private static final long CLOSE_WAIT_SECONDS = 60;

  private final List<ImageFile> files;
  private final ImageDecoder decoder;
  private final BatchBufferPool pool;
  private final int batchSize;
  private final int[] order;
  private final int batchCount;
  private final float[] pixels;
  private final BatchBuffers[] full = new BatchBuffers[2];
  private final ExecutorService prefetcher;
  private final Object lock = new Object();
  private BatchBuffers partial;
  private Future<Batch> pending;
  private int next;
  private boolean closed;

  ImageBatchIterator(List<ImageFile> files, ImageDecoder decoder, BatchBufferPool pool, int batchSize,
      int[] order, boolean prefetch) {
    this.files = files;
    this.decoder = decoder;
    this.pool = pool;
    this.batchSize = batchSize;
    this.order = order;
    this.batchCount = (order.length + batchSize - 1) / batchSize;
    this.pixels = new float[decoder.length()];
    this.prefetcher = prefetch && batchCount > 1 ? Executors.newSingleThreadExecutor(runnable -> {
      Thread thread = new Thread(runnable, "lamina-image-prefetch");
      thread.setDaemon(true);
      return thread;
    }) : null;
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
    Batch batch;
    if (prefetcher == null) {
      batch = fill(next);
    } else {
      int k = next;
      Future<Batch> current = pending != null ? pending : prefetcher.submit(() -> fill(k));
      int following = k + 1;
      batch = await(current);
      pending = following < batchCount ? prefetcher.submit(() -> fill(following)) : null;
      if (pending == null) {
        prefetcher.shutdown();
      }
    }
    next++;
    return batch;
  }

  /** Decodes batch {@code k} into its buffers: full batches alternate between two pairs. */
  private Batch fill(int k) {
    int start = k * batchSize;
    int n = Math.min(batchSize, order.length - start);
    BatchBuffers buffers = n == batchSize ? fullBuffers(k % 2) : partialBuffers(n);
    for (int row = 0; row < n; row++) {
      ImageFile image = files.get(order[start + row]);
      decoder.decode(image.file(), pixels);
      buffers.putFeatures(row, pixels, 0);
      buffers.putClass(row, image.label());
    }
    return buffers.batch();
  }

  private BatchBuffers fullBuffers(int which) {
    int slot = prefetcher == null ? 0 : which;
    synchronized (lock) {
      if (full[slot] == null) {
        full[slot] = pool.take(batchSize);
      }
      return full[slot];
    }
  }

  private BatchBuffers partialBuffers(int n) {
    synchronized (lock) {
      if (partial == null) {
        partial = pool.take(n);
      }
      return partial;
    }
  }

  private static Batch await(Future<Batch> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the next batch of images", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException("decoding the next batch of images failed", e.getCause());
    }
  }

  /**
   * Stops prefetching and, once no decoding is under way, hands the buffers back to the folder.
   * Buffers a still-running decoder might write to are left to the garbage collector instead.
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    boolean idle = true;
    if (prefetcher != null) {
      prefetcher.shutdownNow();
      try {
        idle = prefetcher.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        idle = false;
      }
    }
    if (idle) {
      synchronized (lock) {
        for (BatchBuffers buffers : full) {
          if (buffers != null) {
            pool.give(buffers);
          }
        }
        if (partial != null) {
          pool.give(partial);
        }
      }
    }
  }
}
