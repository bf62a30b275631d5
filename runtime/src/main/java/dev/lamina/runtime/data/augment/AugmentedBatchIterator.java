package dev.lamina.runtime.data.augment;

import dev.lamina.runtime.data.Batch;
import dev.lamina.runtime.data.BatchBufferPool;
import dev.lamina.runtime.data.BatchBuffers;
import dev.lamina.runtime.data.BatchIterator;
import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * One pass over an {@link AugmentedDataset}: a background thread takes batch {@code k + 1} from the
 * source iterator and writes its augmented copy into the second of two buffer pairs while the consumer
 * uses batch {@code k}. The source iterator is used by that thread only.
 */
final class AugmentedBatchIterator implements BatchIterator {
  private static final long CLOSE_WAIT_SECONDS = 60;

  private final BatchIterator source;
  private final AugmentedDataset dataset;
  private final Augmentation augmentation;
  private final int batchSize;
  private final long orderSeed;
  private final int batchCount;
  private final int height;
  private final int width;
  private final int channels;
  private final int exampleLength;
  private final int[] labelShape;
  private final int labelLength;
  private final ExecutorService worker;
  private final BatchBuffers[] full = new BatchBuffers[2];
  private BatchBuffers partial;
  private BatchBufferPool pool;
  private float[] in;
  private float[] out;
  private float[] targetIn;
  private float[] targetOut;
  private int[] classes;
  private Future<Batch> pending;
  private int next;
  private boolean closed;

  AugmentedBatchIterator(BatchIterator source, AugmentedDataset dataset, Augmentation augmentation, int batchSize,
      long orderSeed) {
    this.source = source;
    this.dataset = dataset;
    this.augmentation = augmentation;
    this.batchSize = batchSize;
    this.orderSeed = orderSeed;
    this.batchCount = source.batchCount();
    int[] shape = dataset.exampleShape();
    this.height = shape[0];
    this.width = shape[1];
    this.channels = shape[2];
    this.exampleLength = height * width * channels;
    this.labelShape = dataset.labelShape();
    int length = 1;
    for (int d : labelShape) {
      length *= d;
    }
    this.labelLength = length;
    this.worker = Executors.newSingleThreadExecutor(runnable -> {
      Thread thread = new Thread(runnable, "lamina-augment");
      thread.setDaemon(true);
      return thread;
    });
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
    int k = next;
    Future<Batch> current = pending != null ? pending : worker.submit(() -> fill(k));
    Batch batch = await(current);
    int following = k + 1;
    pending = following < batchCount ? worker.submit(() -> fill(following)) : null;
    next++;
    return batch;
  }

  /** Takes the source's batch {@code k} and writes its augmented copy. Runs on the worker thread. */
  private Batch fill(int k) {
    Batch batch = source.next();
    int n = batch.size();
    INDArray features = contiguous(batch.features());
    BatchBuffers buffers = buffers(features.dataType(), n, k);
    int values = n * exampleLength;
    if (in == null || in.length < values) {
      in = new float[batchSize * exampleLength];
      out = new float[batchSize * exampleLength];
    }
    read(features, in, values);
    boolean pixelTargets = labelShape.length == 3;
    INDArray labels = contiguous(batch.labels());
    if (labelShape.length == 0) {
      if (classes == null) {
        classes = new int[batchSize];
      }
      IntBuffer ints = labels.data().asNioInt();
      ints.get(0, classes, 0, n);
    } else {
      if (targetIn == null) {
        targetIn = new float[batchSize * labelLength];
        targetOut = new float[batchSize * labelLength];
      }
      read(labels, targetIn, n * labelLength);
    }
    long start = (long) k * batchSize;
    for (int row = 0; row < n; row++) {
      int at = row * exampleLength;
      int targetAt = row * labelLength;
      augmentation.apply(in, at, out, at, pixelTargets ? targetIn : null, targetAt, targetOut, targetAt, height, width,
          channels, pixelTargets ? labelShape[2] : 0, Augmentation.exampleSeed(orderSeed, start + row));
      buffers.putFeatures(row, out, at);
      if (labelShape.length == 0) {
        buffers.putClass(row, classes[row]);
      } else {
        buffers.putTargets(row, pixelTargets ? targetOut : targetIn, targetAt);
      }
    }
    return buffers.batch();
  }

  private BatchBuffers buffers(DataType type, int n, int k) {
    if (pool == null) {
      pool = dataset.pool(type);
    }
    if (n == batchSize) {
      if (full[k % 2] == null) {
        full[k % 2] = pool.take(batchSize);
      }
      return full[k % 2];
    }
    if (partial == null) {
      partial = pool.take(n);
    }
    return partial;
  }

  private static INDArray contiguous(INDArray array) {
    return array.ordering() == 'c' && !array.isView() ? array : array.dup('c');
  }

  /** The first {@code count} values of a contiguous array, as floats. */
  private static void read(INDArray array, float[] into, int count) {
    if (array.dataType() == DataType.FLOAT) {
      FloatBuffer floats = array.data().asNioFloat();
      floats.get(0, into, 0, count);
    } else if (array.dataType() == DataType.DOUBLE) {
      DoubleBuffer doubles = array.data().asNioDouble();
      for (int i = 0; i < count; i++) {
        into[i] = (float) doubles.get(i);
      }
    } else {
      throw new IllegalArgumentException("augmentation reads FLOAT or DOUBLE values, got " + array.dataType());
    }
  }

  private static Batch await(Future<Batch> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the next augmented batch", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException("augmenting the next batch failed", e.getCause());
    }
  }

  /** Stops the worker, closes the source and, once no batch is being written, hands the buffers back. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    worker.shutdownNow();
    boolean idle;
    try {
      idle = worker.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      idle = false;
    }
    source.close();
    if (idle && pool != null) {
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
