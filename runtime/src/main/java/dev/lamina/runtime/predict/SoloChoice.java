package dev.lamina.runtime.predict;

import java.util.Locale;

/**
 * Where a single example that finds a predictor otherwise idle runs: on the {@link SoloThread} with every
 * OpenMP thread, or on the calling thread with one, whichever has been faster lately. Measured, not
 * assumed, because the solo thread's team is only fast while libgomp lets its workers spin: once the
 * process has more OpenMP team threads than CPUs (any other living thread that ran multi-threaded OpenMP
 * work keeps its team, a training thread for example), libgomp puts idle workers to sleep and every layer
 * waits for a wake-up, which makes a two-thread pass slower than a one-thread pass; and on a machine
 * whose CPUs are busy with other processes, a team waits for its threads to be scheduled.
 *
 * <p>Each way starts with {@value #SKIPPED} calls that are not counted (they may create primitives) and
 * {@value #CALIBRATION} whose fastest is its first estimate. Afterwards every call moves the estimate of
 * its way by 1/{@value #STEP} of itself towards its latency, up or down: the estimate follows the median
 * latency, which the heavy tail of a busy machine (a team waiting for its threads to be scheduled) does
 * not move. Every {@value #EXPLORE_EVERY}th call starts {@value #BURST} calls the other way, whose
 * fastest becomes that way's estimate if faster, else updates it (the first of them may find the other
 * way cold): about 1.5 % of the calls, often enough that an estimate taken while the machine was busy (a
 * JVM compiling its code at start-up, another process) is soon corrected, and that at a call every
 * millisecond the solo thread has not ended meanwhile ({@link SoloThread#IDLE_NANOS}), so that a burst
 * does not always find it cold.
 *
 * <p>Used by one thread at a time: the predictor calls it only for a call that found no other pass in
 * flight, and its counter of passes in flight orders those calls (a volatile write and read), so the fields
 * need no lock.
 */
final class SoloChoice {
  /** The first calls each way, not counted. */
  static final int SKIPPED = 2;
  /** The calls each way after those whose fastest is the first estimate. */
  static final int CALIBRATION = 8;
  /** Every this many calls, a burst goes the other way. */
  static final int EXPLORE_EVERY = 256;
  /** The calls of a burst. */
  static final int BURST = 4;
  /** The inverse of the estimate's relative step per call. */
  static final int STEP = 16;

  private final Way solo = new Way();
  private final Way caller = new Way();
  private long calls;
  /** Calls left in the current burst (0: none). */
  private int burstLeft;
  /** The way the current burst goes. */
  private boolean burstSolo;
  private long burstFastest;

  /** Whether the next call runs on the solo thread; then {@link #record} its latency. */
  boolean solo() {
    if (solo.calls < SKIPPED + CALIBRATION) {
      return true;
    }
    if (caller.calls < SKIPPED + CALIBRATION) {
      return false;
    }
    if (burstLeft > 0) {
      return burstSolo;
    }
    boolean soloFaster = solo.nanos <= caller.nanos;
    if (++calls % EXPLORE_EVERY == 0) {
      burstLeft = BURST;
      burstSolo = !soloFaster;
      burstFastest = Long.MAX_VALUE;
      return burstSolo;
    }
    return soloFaster;
  }

  /** Counts the latency of a call that went the way {@link #solo()} said. */
  void record(boolean onSolo, long nanos) {
    Way way = onSolo ? solo : caller;
    way.total++;
    if (burstLeft > 0 && onSolo == burstSolo) {
      burstFastest = Math.min(burstFastest, nanos);
      if (--burstLeft == 0) {
        if (burstFastest < way.nanos) {
          way.nanos = burstFastest;
        } else {
          way.update(burstFastest);
        }
      }
      return;
    }
    way.calls++;
    if (way.calls <= SKIPPED) {
      return;
    }
    if (way.calls <= SKIPPED + CALIBRATION) {
      way.nanos = way.calls == SKIPPED + 1 ? nanos : Math.min(way.nanos, nanos);
      return;
    }
    way.update(nanos);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "solo %.1f us (%d calls), calling thread %.1f us (%d calls)",
        solo.nanos / 1e3, solo.total, caller.nanos / 1e3, caller.total);
  }

  /** One way's estimate. */
  private static final class Way {
    /** The calls counted outside bursts. */
    private int calls;
    /** Every call this way, bursts included (for reports). */
    private long total;
    private double nanos;

    /** Moves the estimate a step towards {@code sample}. */
    void update(long sample) {
      if (sample > nanos) {
        nanos += nanos / STEP;
      } else if (sample < nanos) {
        nanos -= nanos / STEP;
      }
    }
  }
}
