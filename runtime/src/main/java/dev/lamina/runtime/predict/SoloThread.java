package dev.lamina.runtime.predict;

import dev.lamina.runtime.kernel.BufferOps;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A predictor's own thread for single examples that find no other forward pass in flight: it runs them
 * on a replica of its own with every OpenMP thread (its OpenMP team, the only one the predictor keeps for
 * single examples), where a calling thread runs them with one. One caller at a time hands it an example
 * ({@link Predictor} guarantees that by counting the passes in flight) and parks until the result is
 * there; no lock is held.
 *
 * <p>The thread waits for the next example parked, not spinning: its OpenMP team has as many threads as
 * there are CPUs, and the caller needs one of them to take the result. It ends after {@value #IDLE_NANOS}
 * ns without an example (so that an unused predictor keeps no thread and no OpenMP team); the next
 * example starts a new one. Its replica stays. Every thread runs with OpenMP's default thread count (that
 * of a new thread), with which the replica's oneDNN primitives were created.
 */
final class SoloThread {
  /** How long the thread waits for an example before it ends. */
  static final long IDLE_NANOS = 250_000_000L;

  private static final int STOPPED = 0;
  private static final int IDLE = 1;
  private static final int POSTED = 2;
  private static final int DONE = 3;

  private final Supplier<Replica> factory;
  private final String name;
  private final AtomicInteger state = new AtomicInteger(STOPPED);
  private volatile Thread thread;
  /** Created by the thread on its first example; used by one thread at a time. */
  private Replica replica;

  // the example handed over: written by the caller before POSTED, read by the thread after it
  private Thread caller;
  private float[] values;
  private int exampleLength;
  private float[] out;
  private int outputLength;
  private INDArray example;
  private INDArray result;
  private Throwable failure;

  /**
   * @param factory creates the thread's replica (on the thread, the first time)
   * @param name the thread's name
   */
  SoloThread(Supplier<Replica> factory, String name) {
    this.factory = factory;
    this.name = name;
  }

  /**
   * Runs one example given as flat values into {@code out}. Callers must not overlap.
   *
   * @param values the example's values, NHWC
   * @param out receives the output's {@code outputLength} values
   */
  void run(float[] values, int exampleLength, float[] out, int outputLength) {
    this.values = values;
    this.exampleLength = exampleLength;
    this.out = out;
    this.outputLength = outputLength;
    this.example = null;
    this.result = null;
    await();
  }

  /**
   * Runs a batch of one example into {@code result} ({@code [1, ...outputShape]}). Callers must not
   * overlap.
   */
  void run(INDArray example, INDArray result) {
    this.values = null;
    this.out = null;
    this.example = example;
    this.result = result;
    await();
  }

  /** Whether the thread is running now (it ends after a while without examples). */
  boolean alive() {
    Thread t = thread;
    return t != null && t.isAlive() && state.get() != STOPPED;
  }

  /** Hands the example over, waits for the result, rethrows a failure. */
  private void await() {
    caller = Thread.currentThread();
    failure = null;
    if (state.compareAndSet(IDLE, POSTED)) {
      LockSupport.unpark(thread);
    } else {
      // stopped (or never started): only one caller at a time gets here, and a stopped thread never
      // looks at the state again
      state.set(POSTED);
      Thread t = new Thread(this::serve, name);
      t.setDaemon(true);
      thread = t;
      t.start();
    }
    while (state.get() != DONE) {
      LockSupport.park(this);
    }
    Throwable f = failure;
    values = null;
    out = null;
    example = null;
    result = null;
    failure = null;
    caller = null;
    state.set(IDLE);
    if (f instanceof RuntimeException e) {
      throw e;
    }
    if (f instanceof Error e) {
      throw e;
    }
    if (f != null) {
      throw new IllegalStateException(f);
    }
  }

  /** The thread's loop: waits for an example, runs it, hands the result back; ends when idle too long. */
  private void serve() {
    while (true) {
      long since = System.nanoTime();
      while (state.get() != POSTED) {
        long waited = System.nanoTime() - since;
        if (waited >= IDLE_NANOS) {
          if (state.compareAndSet(IDLE, STOPPED)) {
            return;
          }
        } else {
          LockSupport.parkNanos(this, IDLE_NANOS - waited);
        }
      }
      try {
        compute();
      } catch (Throwable e) {
        failure = e;
      }
      Thread waiting = caller;
      state.set(DONE);
      LockSupport.unpark(waiting);
    }
  }

  private void compute() {
    if (replica == null) {
      replica = factory.get();
    }
    if (values != null) {
      INDArray x = replica.input(1, values, 0, exampleLength);
      Replica.copyOut(replica.model().forward(x, false), out, 0, outputLength);
    } else {
      BufferOps.copy(replica.model().forward(example, false), result);
    }
  }
}
