package dev.lamina.runtime.predict;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where a predictor's call runs: counts the forward passes in flight and sends a single example that
 * finds none to the {@link SoloThread} or keeps it on its caller, whichever has been faster lately
 * ({@link SoloChoice}); every other call runs on its caller with one replica. Thread-safe: the counter is
 * atomic, and only a call that found no other pass in flight touches the choice, so one caller at a time.
 *
 * <p>Use: {@code Route r = router.enter(n); try { ...run on r...; router.record(r, nanos); } finally {
 * router.exit(); }}.
 */
final class CallRouter {
  /** Where one call runs. */
  enum Route {
    /** A lone single example, on the solo thread with every OpenMP thread. */
    SOLO,
    /** A lone single example, on its caller (measured faster lately than the solo thread). */
    LONE_CALLER,
    /** Any other call: on its caller, beside whatever else is in flight. */
    CALLER
  }

  /** Forward passes in flight (calls between enter and exit, solo passes too). */
  private final AtomicInteger inFlight = new AtomicInteger();
  /** Null where the predictor has no solo thread. */
  private final SoloChoice choice;

  /** @param solo whether the predictor has a solo thread */
  CallRouter(boolean solo) {
    this.choice = solo ? new SoloChoice() : null;
  }

  /** Enters a call of {@code n} examples; every call must be followed by {@link #exit()}. */
  Route enter(int n) {
    if (n == 1 && enterAlone()) {
      return choice.solo() ? Route.SOLO : Route.LONE_CALLER;
    }
    inFlight.incrementAndGet();
    return Route.CALLER;
  }

  /**
   * Enters a pass on the solo thread if the predictor has one and nothing else is in flight (its warm-up);
   * if true, {@link #exit()} must follow.
   */
  boolean enterAlone() {
    return choice != null && inFlight.compareAndSet(0, 1);
  }

  /** Teaches the choice how long a lone call took on its route; calls on {@link Route#CALLER} teach nothing. */
  void record(Route route, long nanos) {
    if (route != Route.CALLER) {
      choice.record(route == Route.SOLO, nanos);
    }
  }

  /** Leaves a call entered by {@link #enter} or {@link #enterAlone}. */
  void exit() {
    inFlight.decrementAndGet();
  }

  @Override
  public String toString() {
    return String.valueOf(choice);
  }
}
