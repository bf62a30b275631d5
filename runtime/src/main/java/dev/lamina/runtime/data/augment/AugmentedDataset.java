package dev.lamina.runtime.data.augment;

import dev.lamina.runtime.data.BatchBufferPool;
import dev.lamina.runtime.data.BatchIterator;
import dev.lamina.runtime.data.Dataset;
import dev.lamina.runtime.data.Order;
import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * A dataset whose images are augmented as its batches are made ({@link Augmentation#applyTo}). Its
 * iterators read the source's batches in the same order and write augmented copies into buffers of
 * their own, reused across passes as the source's are.
 */
final class AugmentedDataset implements Dataset {
  private final Dataset source;
  private final Augmentation augmentation;
  private final int[] exampleShape;
  private final int[] labelShape;
  private BatchBufferPool pool;
  private DataType poolType;

  AugmentedDataset(Dataset source, Augmentation augmentation) {
    this.source = source;
    this.augmentation = augmentation;
    this.exampleShape = source.exampleShape();
    this.labelShape = source.labelShape();
    if (exampleShape.length != 3) {
      throw new IllegalArgumentException("augmentation needs images [height, width, channels]; the dataset's"
          + " examples are " + Arrays.toString(exampleShape));
    }
    if (labelShape.length == 3 && (labelShape[0] != exampleShape[0] || labelShape[1] != exampleShape[1])) {
      throw new IllegalArgumentException("per-pixel targets " + Arrays.toString(labelShape) + " of another height"
          + " or width than the images " + Arrays.toString(exampleShape) + " cannot follow their geometric"
          + " augmentation");
    }
  }

  @Override
  public int size() {
    return source.size();
  }

  @Override
  public int[] exampleShape() {
    return exampleShape.clone();
  }

  @Override
  public int[] labelShape() {
    return labelShape.clone();
  }

  /**
   * {@inheritDoc}
   *
   * <p>The images are augmented with seeds drawn from {@code order.seed()} and their position in the
   * pass, sequential or shuffled.
   */
  @Override
  public BatchIterator batches(int batchSize, Order order) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be at least 1, got " + batchSize);
    }
    return new AugmentedBatchIterator(source.batches(batchSize, order), this, augmentation, batchSize,
        order.seed());
  }

  /** The buffer pool of batches whose features are of {@code type} (the source's, seen on its first batch). */
  synchronized BatchBufferPool pool(DataType type) {
    if (pool == null || poolType != type) {
      pool = new BatchBufferPool(exampleShape, type, labelShape);
      poolType = type;
    }
    return pool;
  }

  @Override
  public String toString() {
    return source + " with " + augmentation;
  }
}
