package dev.lamina.samples.check;

import org.nd4j.linalg.factory.Nd4j;

/**
 * Counts the native objects ND4J creates: every data buffer (an array's storage) and op context
 * registers with ND4J's deallocator service, which numbers each registration; the difference of two
 * numbers, less the probe itself, is how many were created in between.
 */
public final class Allocations {
  private Allocations() {}

  /** How many ND4J buffers and contexts {@code action} created. */
  public static long count(Runnable action) {
    long before = Nd4j.getDeallocatorService().nextValue();
    action.run();
    long after = Nd4j.getDeallocatorService().nextValue();
    return after - before - 1;
  }
}
