package dev.lamina.runtime;

import java.util.ConcurrentModificationException;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Makes concurrent use of a model fail fast instead of corrupting its buffers (or crashing the native
 * kernels that write them). A generated model holds one and brackets {@code forward} and
 * {@code backward} with {@link #enter()} and {@link #exit()}; a second thread entering while the first
 * is inside gets a {@link ConcurrentModificationException}. One compare-and-set per pass: nothing that
 * shows in a training step. The owning thread may enter again (nested calls).
 *
 * <p>It detects overlapping passes, not every misuse: two threads that take turns still mix their
 * batches (a backward pass reads the last training forward pass, whoever ran it). Give each thread its
 * own model.
 */
public final class ExclusiveUse {
  private final String model;
  private final AtomicReference<Thread> owner = new AtomicReference<>();
  private int depth;

  /** @param model the model's name, for the message */
  public ExclusiveUse(String model) {
    this.model = Objects.requireNonNull(model, "model");
  }

  /**
   * Marks the calling thread as the model's user until the matching {@link #exit()}.
   *
   * @throws ConcurrentModificationException if another thread is inside the model; the message names
   *     both threads
   */
  public void enter() {
    Thread current = Thread.currentThread();
    if (owner.get() == current) {
      depth++;
      return;
    }
    if (!owner.compareAndSet(null, current)) {
      Thread other = owner.get();
      throw new ConcurrentModificationException(model + " is in use by thread \""
          + (other == null ? "?" : other.getName()) + "\" while thread \"" + current.getName()
          + "\" calls it: a model is not thread-safe; give each thread its own model (model.replica())"
          + " or synchronize the calls");
    }
    depth = 1;
  }

  /** Ends the calling thread's use begun by {@link #enter()}. */
  public void exit() {
    if (owner.get() != Thread.currentThread()) {
      throw new IllegalStateException(model + ": exit() by a thread that did not enter");
    }
    if (--depth == 0) {
      owner.set(null);
    }
  }
}
