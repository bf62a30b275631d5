package dev.lamina.runtime.kernel.onednn;

import java.util.Arrays;

/**
 * Primitives kept per batch size (or tensor length), for a few sizes at a time, looked up without
 * boxing: training at a fixed batch size finds its primitives with one comparison, and the oldest
 * entry makes room when a new size arrives.
 */
final class SizeCache<T> {
  private final long[] keys;
  private final Object[] values;
  private int next;

  /** @param capacity how many sizes are kept */
  SizeCache(int capacity) {
    this.keys = new long[capacity];
    this.values = new Object[capacity];
    Arrays.fill(keys, -1);
  }

  /** The entry for {@code size}, or null when there is none. */
  @SuppressWarnings("unchecked")
  T find(long size) {
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] == size) {
        return (T) values[i];
      }
    }
    return null;
  }

  /** Forgets every entry. */
  void clear() {
    Arrays.fill(keys, -1);
    Arrays.fill(values, null);
    next = 0;
  }

  /** Keeps {@code value} for {@code size}, dropping the oldest entry if full; returns {@code value}. */
  T put(long size, T value) {
    keys[next] = size;
    values[next] = value;
    next = (next + 1) % keys.length;
    return value;
  }
}
