package dev.lamina.runtime.predict;

import dev.lamina.runtime.Model;
import dev.lamina.runtime.kernel.ConstantWeights;
import dev.lamina.runtime.kernel.IntraOpThreads;
import dev.lamina.runtime.kernel.Precision;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Replicas of one network, each used by one thread at a time: a thread takes an idle replica, runs its
 * forward pass holding no lock, and gives it back. Replicas never change their weights, so they are created
 * with {@link ConstantWeights} (weights reordered for oneDNN once, not on every pass). Replicas are created on demand from a prototype
 * that never runs, up to a capacity; beyond it, a thread waits for one to come back. The most recently
 * returned replica is taken first, so that a lightly loaded pool keeps using warm ones.
 */
final class ReplicaPool {
  /** The arithmetic of the replicas' layers with weights. */
  private final Precision precision;
  private final Model prototype;
  private final int capacity;
  private final BlockingDeque<Replica> idle = new LinkedBlockingDeque<>();
  private final AtomicInteger created = new AtomicInteger();

  /**
   * @param prototype the network whose parameters every replica copies; the pool never runs it
   * @param capacity the most replicas, at least 1
   */
  ReplicaPool(Model prototype, int capacity, Precision precision) {
    this.precision = precision;
    this.prototype = prototype;
    this.capacity = capacity;
  }

  /**
   * An idle replica, a new one while fewer than the capacity exist, or else the next one returned.
   *
   * @throws IllegalStateException if the thread is interrupted while waiting (its flag is set again)
   */
  Replica acquire() {
    Replica replica = idle.pollFirst();
    if (replica != null) {
      return replica;
    }
    int count = created.get();
    while (count < capacity) {
      if (created.compareAndSet(count, count + 1)) {
        try {
          return create();
        } catch (RuntimeException | Error e) {
          created.decrementAndGet();
          throw e;
        }
      }
      count = created.get();
    }
    try {
      return idle.takeFirst();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for one of the " + capacity + " replicas of "
          + prototype.name(), e);
    }
  }

  /** Gives back a replica taken with {@link #acquire()}. */
  void release(Replica replica) {
    idle.offerFirst(replica);
  }

  /** How many replicas exist. */
  int created() {
    return created.get();
  }

  /** The most replicas. */
  int capacity() {
    return capacity;
  }

  /**
   * A new replica outside the pool, not counted against its capacity: the solo thread's
   * ({@link SoloThread}).
   */
  Replica extra() {
    return create();
  }

  /**
   * A new replica, made with one OpenMP thread: copying the weights is quick, and a caller's thread that
   * never starts an OpenMP team leaves the other teams unthrottled ({@link IntraOpThreads}).
   */
  private Replica create() {
    int threads = IntraOpThreads.set(1);
    try {
      synchronized (prototype) {
        return new Replica(precision.create(() -> ConstantWeights.create(prototype::replica)));
      }
    } finally {
      IntraOpThreads.set(threads);
    }
  }
}
