package dev.lamina.runtime.predict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Where single examples run: measured both ways, the faster taken, the other explored now and then. */
class SoloChoiceTest {
  private static final long SOLO_FAST = 300_000;
  private static final long CALLER = 550_000;

  @Test
  void bothWaysAreMeasuredFirstThenTheFasterIsTaken() {
    SoloChoice choice = new SoloChoice();
    int first = SoloChoice.SKIPPED + SoloChoice.CALIBRATION;
    for (int i = 0; i < first; i++) {
      assertTrue(choice.solo(), "call " + i + " measures the solo thread");
      choice.record(true, SOLO_FAST);
    }
    for (int i = 0; i < first; i++) {
      assertFalse(choice.solo(), "call " + i + " measures the calling thread");
      choice.record(false, CALLER);
    }
    int calls = 10 * SoloChoice.EXPLORE_EVERY;
    int onCaller = calls - run(choice, calls, SOLO_FAST, CALLER);
    // all but the bursts that keep the calling thread's estimate fresh: under 1 %
    assertTrue(onCaller >= 9 * SoloChoice.BURST && onCaller <= 10 * SoloChoice.BURST, onCaller + "; " + choice);
  }

  @Test
  void aSoloThreadThatTurnsSlowIsLeftSoon() {
    SoloChoice choice = calibrated();
    // another thread's team appeared: the solo thread's team now waits for wake-ups
    int solo = run(choice, 200, 900_000, CALLER);
    assertTrue(solo < 40, solo + " of 200 calls still went to the solo thread; " + choice);
    assertFalse(choice.solo(), choice.toString());
  }

  @Test
  void aBurstThatFindsTheOtherWayFasterSwitchesAtOnce() {
    SoloChoice choice = new SoloChoice();
    int first = SoloChoice.SKIPPED + SoloChoice.CALIBRATION;
    for (int i = 0; i < first; i++) {
      choice.solo();
      choice.record(true, 5_000_000); // measured while the JVM was compiling
    }
    for (int i = 0; i < first; i++) {
      choice.solo();
      choice.record(false, CALLER);
    }
    assertEquals(0, run(choice, SoloChoice.EXPLORE_EVERY - 1, SOLO_FAST, CALLER), choice.toString());
    // the burst
    assertEquals(SoloChoice.BURST, run(choice, SoloChoice.BURST, SOLO_FAST, CALLER), choice.toString());
    assertTrue(choice.solo(), choice.toString());
  }

  @Test
  void aHeavyTailDoesNotMoveTheEstimate() {
    SoloChoice choice = calibrated();
    int solo = 0;
    for (int i = 0; i < 2000; i++) {
      boolean s = choice.solo();
      solo += s ? 1 : 0;
      // one solo call in four waits 50 ms for its threads to be scheduled
      choice.record(s, s ? (i % 4 == 0 ? 50_000_000 : SOLO_FAST) : CALLER);
    }
    assertTrue(solo > 1900, solo + " of 2000 calls went to the solo thread; " + choice);
  }

  /** A choice that has measured both ways: the solo thread faster. */
  private static SoloChoice calibrated() {
    SoloChoice choice = new SoloChoice();
    for (int i = 0; i < 2 * (SoloChoice.SKIPPED + SoloChoice.CALIBRATION); i++) {
      boolean s = choice.solo();
      choice.record(s, s ? SOLO_FAST : CALLER);
    }
    assertTrue(choice.solo());
    choice.record(true, SOLO_FAST);
    return choice;
  }

  /** {@code calls} calls with these latencies; how many went to the solo thread. */
  private static int run(SoloChoice choice, int calls, long soloNanos, long callerNanos) {
    int solo = 0;
    for (int i = 0; i < calls; i++) {
      boolean s = choice.solo();
      solo += s ? 1 : 0;
      choice.record(s, s ? soloNanos : callerNanos);
    }
    return solo;
  }
}
