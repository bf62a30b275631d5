package dev.lamina.runtime.data;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * The {@link BatchBuffers} of one dataset, kept between passes: an iterator takes buffers when it
 * needs them and gives them back when it is closed, so the next pass reuses the same off-heap
 * arrays. Holds at most a few buffers per batch size and a few batch sizes; the rest are left to
 * the garbage collector. Thread-safe.
 */
public final class BatchBufferPool {
  private static final int PER_SIZE = 4;
  private static final int SIZES = 8;

  private final int[] exampleShape;
  private final DataType featureType;
  private final int[] labelShape;
  private final Map<Integer, ArrayDeque<BatchBuffers>> idle = new HashMap<>();

  /**
   * A pool for batches of one dataset's shapes.
   *
   * @param exampleShape one example's feature shape, {@code {height, width, channels}}
   * @param featureType {@code FLOAT} or {@code DOUBLE}
   * @param labelShape one example's label shape, as {@link Dataset#labelShape()}
   */
  public BatchBufferPool(int[] exampleShape, DataType featureType, int[] labelShape) {
    this.exampleShape = exampleShape.clone();
    this.featureType = featureType;
    this.labelShape = labelShape.clone();
  }

  /**
   * Buffers for batches of {@code batchSize}: idle ones when there are, else new ones.
   *
   * @throws IllegalArgumentException as {@link BatchBuffers#BatchBuffers}
   */
  public BatchBuffers take(int batchSize) {
    synchronized (idle) {
      ArrayDeque<BatchBuffers> queue = idle.get(batchSize);
      if (queue != null && !queue.isEmpty()) {
        return queue.pop();
      }
    }
    return new BatchBuffers(batchSize, exampleShape, featureType, labelShape);
  }

  /** Returns buffers for reuse; their batch must no longer be read. */
  public void give(BatchBuffers buffers) {
    synchronized (idle) {
      if (!idle.containsKey(buffers.batchSize()) && idle.size() >= SIZES) {
        idle.clear();
      }
      ArrayDeque<BatchBuffers> queue = idle.computeIfAbsent(buffers.batchSize(), k -> new ArrayDeque<>());
      if (queue.size() < PER_SIZE) {
        queue.push(buffers);
      }
    }
  }
}
