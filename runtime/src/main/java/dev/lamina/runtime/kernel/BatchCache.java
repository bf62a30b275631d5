package dev.lamina.runtime.kernel;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntFunction;

/**
 * Buffers preallocated per batch size, for a few batch sizes at a time: training at a fixed batch
 * size finds its buffers on every step and allocates nothing, and a last, smaller batch gets its own
 * set without disturbing the main one. The least recently used set is dropped when more than
 * {@code capacity} batch sizes are in use (ND4J frees its arrays once they are unreachable).
 *
 * @param <T> what is kept per batch size
 */
public final class BatchCache<T> {
  private final int capacity;
  private final IntFunction<T> factory;
  private final Map<Integer, T> entries;

  /**
   * @param capacity how many batch sizes are kept, at least 1
   * @param factory creates the buffers for a batch size
   * @throws IllegalArgumentException if {@code capacity} is below 1
   */
  public BatchCache(int capacity, IntFunction<T> factory) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1, got " + capacity);
    }
    this.capacity = capacity;
    this.factory = Objects.requireNonNull(factory, "factory");
    this.entries = new LinkedHashMap<>(capacity + 1, 1f, true) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<Integer, T> eldest) {
        return size() > BatchCache.this.capacity;
      }
    };
  }

  /**
   * The buffers for {@code batch}, created on first use.
   *
   * @throws IllegalArgumentException if {@code batch} is below 1
   */
  public T get(int batch) {
    if (batch < 1) {
      throw new IllegalArgumentException("batch size must be at least 1, got " + batch);
    }
    T entry = entries.get(batch);
    if (entry == null) {
      entry = factory.apply(batch);
      entries.put(batch, entry);
    }
    return entry;
  }

  /** How many batch sizes are held now. */
  public int size() {
    return entries.size();
  }

  /** The most batch sizes held at once. */
  public int capacity() {
    return capacity;
  }
}
