package dev.lamina.bench.measure;

import org.nd4j.linalg.factory.Nd4j;

/**
 * Counts the native objects ND4J creates: every CPU data buffer (a new allocation or a view onto
 * another buffer) and every op context takes the next value of the deallocator service's id counter.
 * The difference between two readings is how many such objects were made in between, freed or not.
 * Reading the counter advances it by one; {@link #since} takes that into account.
 */
public final class NativeObjects {
  private NativeObjects() {}

  /** The counter now (advances it by one). */
  public static long count() {
    return Nd4j.getDeallocatorService().nextValue();
  }

  /** Objects created between reading {@code before} and now, not counting the readings themselves. */
  public static long since(long before) {
    return count() - before - 1;
  }
}
