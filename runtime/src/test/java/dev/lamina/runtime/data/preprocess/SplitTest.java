package dev.lamina.runtime.data.preprocess;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lamina.runtime.data.array.ArrayDataset;
import org.junit.jupiter.api.Test;

class SplitTest {
  /** Example i has the single pixel i and label i. */
  private static final ArrayDataset TEN = ArrayDataset.of(new float[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9},
      new int[] {1, 1, 1}, new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, 10);

  @Test
  void firstHoldsOutTheFirstExamplesAsTheTutorialDoes() {
    TrainValidation split = Split.first(3).of(TEN);
    assertArrayEquals(new int[] {0, 1, 2}, split.validation().labels());
    assertArrayEquals(new int[] {3, 4, 5, 6, 7, 8, 9}, split.train().labels());
    assertEquals(3f, split.train().features().get(0));
  }

  @Test
  void lastHoldsOutTheLastExamplesAsKerasValidationSplitDoes() {
    TrainValidation split = Split.last(2).of(TEN);
    assertArrayEquals(new int[] {8, 9}, split.validation().labels());
    assertEquals(8, split.train().size());
  }

  @Test
  void refusesToLeaveNothingToTrainOn() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Split.first(10).of(TEN));
    assertEquals("cannot hold out 10 of 10 examples for validation: nothing would be left to train on",
        e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Split.first(0));
  }
}
