package dev.lamina.bench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.bench.measure.WindowFigures;
import dev.lamina.runtime.LayerProfiler;
import dev.lamina.runtime.Model;
import dev.lamina.runtime.callback.TrainingContext;
import dev.lamina.runtime.metric.Logs;
import dev.lamina.runtime.metric.MetricKey;
import dev.lamina.runtime.optim.Optimizer;
import dev.lamina.summary.LayerSummary;
import dev.lamina.summary.ModelSummary;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MeasuredWindowTest {
  /** Counts stop requests; everything else is unused by the window. */
  static final class Context implements TrainingContext {
    int stops;

    @Override
    public Model model() {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optimizer optimizer() {
      throw new UnsupportedOperationException();
    }

    @Override
    public int initialEpoch() {
      return 0;
    }

    @Override
    public int epochs() {
      return 1;
    }

    @Override
    public int stepsPerEpoch() {
      return 4;
    }

    @Override
    public List<MetricKey> epochKeys() {
      return List.of(MetricKey.LOSS, MetricKey.ACCURACY);
    }

    @Override
    public void stopTraining() {
      stops++;
    }

    @Override
    public boolean stopRequested() {
      return stops > 0;
    }

    @Override
    public void saveCheckpoint(Path path, boolean includeOptimizer) {
      throw new UnsupportedOperationException();
    }
  }

  private static Logs logs(double loss, double accuracy) {
    return Logs.of(Map.of(MetricKey.LOSS, loss, MetricKey.ACCURACY, accuracy));
  }

  @Test
  void timesTheStepsAfterTheWarmUpAcrossEpochsAndStops() {
    // 10 examples in batches of 4: steps of 4, 4 and 2 examples per epoch
    LayerTimes profiler = new LayerTimes();
    MeasuredWindow window = new MeasuredWindow(2, 3, 4, 10, profiler);
    assertEquals(2, window.epochsNeeded());
    Context context = new Context();
    window.onTrainBegin(context);
    profiler.record("conv1", LayerProfiler.Pass.FORWARD, 5);
    window.onBatchEnd(context, 0, logs(2.0, 0.1));
    window.onBatchEnd(context, 1, logs(1.9, 0.2));
    profiler.record("conv1", LayerProfiler.Pass.FORWARD, 7);
    window.onBatchEnd(context, 2, logs(1.8, 0.3));
    window.onBatchEnd(context, 0, logs(1.7, 0.4));
    assertEquals(0, context.stops);
    window.onBatchEnd(context, 1, logs(1.6, 0.5));
    assertEquals(1, context.stops);
    profiler.record("conv1", LayerProfiler.Pass.FORWARD, 11);

    WindowFigures f = window.figures();
    assertEquals(3, f.steps());
    assertEquals(2 + 4 + 4, f.samples());
    assertTrue(f.seconds() > 0);
    assertEquals(1.6, window.loss());
    assertEquals(0.5, window.accuracy());
    assertEquals(7e-6, profiler.perPass(summary(), 1).get(0).forwardMillis(), 1e-15);
  }

  @Test
  void withoutWarmUpTheWindowOpensWithTraining() {
    MeasuredWindow window = new MeasuredWindow(0, 2, 32, 55_000, null);
    assertEquals(1, window.epochsNeeded());
    Context context = new Context();
    window.onTrainBegin(context);
    window.onBatchEnd(context, 0, logs(2.3, 0.1));
    window.onBatchEnd(context, 1, logs(2.2, 0.1));
    assertEquals(64, window.figures().samples());
    assertEquals(1, context.stops);
  }

  @Test
  void anUnfinishedWindowSaysSo() {
    MeasuredWindow window = new MeasuredWindow(20, 300, 32, 55_000, null);
    Context context = new Context();
    window.onTrainBegin(context);
    window.onBatchEnd(context, 0, logs(2.3, 0.1));
    assertFalse(context.stopRequested());
    IllegalStateException e = assertThrows(IllegalStateException.class, window::figures);
    assertEquals("training stopped after 1 steps, before the measured window (20 + 300 steps) closed", e.getMessage());
  }

  @Test
  void epochsNeededCoverTheWindow() {
    assertEquals(1, new MeasuredWindow(20, 300, 32, 55_000, null).epochsNeeded());
    assertEquals(1, new MeasuredWindow(20, 300, 128, 55_000, null).epochsNeeded());
    assertEquals(1, new MeasuredWindow(0, 1719, 32, 55_000, null).epochsNeeded());
    assertEquals(2, new MeasuredWindow(0, 1720, 32, 55_000, null).epochsNeeded());
  }

  static ModelSummary summary() {
    return new ModelSummary("Net", new int[] {28, 28, 1},
        List.of(new LayerSummary("conv1", "Conv2D", new int[] {28, 28, 32}, 320, 0, 225_792)));
  }
}
