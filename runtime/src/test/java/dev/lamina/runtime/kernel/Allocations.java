package dev.lamina.runtime.kernel;

import org.nd4j.linalg.factory.Nd4j;

/**
 * Counts the native objects ND4J creates while an action runs: every data buffer and op context
 * registers with ND4J's deallocator service, which numbers each registration (the samples' tests count
 * a training step the same way).
 */
final class Allocations {
  private Allocations() {}

  /** How many ND4J buffers and contexts {@code action} created. */
  static long count(Runnable action) {
    long before = Nd4j.getDeallocatorService().nextValue();
    action.run();
    long after = Nd4j.getDeallocatorService().nextValue();
    return after - before - 1;
  }
}
