package dev.lamina.bench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lamina.bench.result.LayerTime;
import dev.lamina.runtime.LayerProfiler.Pass;
import dev.lamina.summary.LayerSummary;
import dev.lamina.summary.ModelSummary;
import java.util.List;
import org.junit.jupiter.api.Test;

class LayerTimesTest {
  private static final ModelSummary SUMMARY = new ModelSummary("Net", new int[] {28, 28, 1}, List.of(
      new LayerSummary("conv1", "Conv2D", new int[] {28, 28, 32}, 320, 0, 225_792),
      new LayerSummary("pool1", "MaxPooling2D", new int[] {14, 14, 32}, 0, 0, 0),
      new LayerSummary("output", "Dense", new int[] {10}, 1290, 0, 1280)));

  @Test
  void meansPerPassInDeclarationOrderOnlyWhileRecording() {
    LayerTimes times = new LayerTimes();
    times.record("conv1", Pass.FORWARD, 1_000_000);
    times.recording(true);
    times.record("output", Pass.FORWARD, 2_000_000);
    times.record("conv1", Pass.FORWARD, 4_000_000);
    times.record("output", Pass.BACKWARD, 6_000_000);
    times.record("conv1", Pass.BACKWARD, 8_000_000);
    times.record("conv1", Pass.FORWARD, 2_000_000);
    times.recording(false);
    times.record("conv1", Pass.FORWARD, 100_000_000);
    assertEquals(List.of(new LayerTime("conv1", 225_792, 3.0, 4.0), new LayerTime("pool1", 0, 0, 0),
        new LayerTime("output", 1280, 1.0, 3.0)), times.perPass(SUMMARY, 2));
  }

  @Test
  void passesMustBePositive() {
    assertThrows(IllegalArgumentException.class, () -> new LayerTimes().perPass(SUMMARY, 0));
  }
}
