package dev.lamina.runtime.testing;

import dev.lamina.runtime.data.Batch;
import dev.lamina.runtime.data.BatchIterator;
import dev.lamina.runtime.data.Dataset;
import dev.lamina.runtime.data.Order;
import java.util.Arrays;
import java.util.NoSuchElementException;
import java.util.Random;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** An in-memory {@link Dataset} for tests: rows of two arrays, shuffled with {@code java.util.Random(seed)}. */
public final class TestDataset implements Dataset {
  private final INDArray features;
  private final INDArray labels;

  /**
   * @param features {@code [n, h, w, c]}
   * @param labels {@code [n, ...]}
   */
  public TestDataset(INDArray features, INDArray labels) {
    this.features = features;
    this.labels = labels;
  }

  public INDArray features() {
    return features;
  }

  public INDArray labels() {
    return labels;
  }

  @Override
  public int size() {
    return (int) features.size(0);
  }

  @Override
  public int[] exampleShape() {
    return tail(features.shape());
  }

  @Override
  public int[] labelShape() {
    return tail(labels.shape());
  }

  private static int[] tail(long[] shape) {
    return Arrays.stream(shape).skip(1).mapToInt(Math::toIntExact).toArray();
  }

  @Override
  public BatchIterator batches(int batchSize, Order order) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be positive, got " + batchSize);
    }
    int n = size();
    int[] rows = new int[n];
    for (int i = 0; i < n; i++) {
      rows[i] = i;
    }
    if (order.shuffle()) {
      Random random = new Random(order.seed());
      for (int i = n - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int t = rows[i];
        rows[i] = rows[j];
        rows[j] = t;
      }
    }
    return new BatchIterator() {
      private int next;

      @Override
      public int batchCount() {
        return (n + batchSize - 1) / batchSize;
      }

      @Override
      public boolean hasNext() {
        return next < n;
      }

      @Override
      public Batch next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        int[] take = Arrays.copyOfRange(rows, next, Math.min(n, next + batchSize));
        next += take.length;
        return new Batch(gather(features, take), gather(labels, take));
      }

      @Override
      public void close() {
        // nothing held
      }
    };
  }

  /** The rows {@code take} of {@code source}, as a new array. */
  public static INDArray gather(INDArray source, int[] take) {
    long[] shape = source.shape().clone();
    shape[0] = take.length;
    INDArray out = Nd4j.create(source.dataType(), shape);
    for (int i = 0; i < take.length; i++) {
      if (source.rank() == 1) {
        out.putScalar(i, source.getDouble(take[i]));
      } else {
        out.slice(i).assign(source.slice(take[i]));
      }
    }
    return out;
  }
}
