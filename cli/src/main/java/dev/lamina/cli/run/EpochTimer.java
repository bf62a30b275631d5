package dev.lamina.cli.run;

import dev.lamina.runtime.callback.Callback;
import dev.lamina.runtime.callback.TrainingContext;
import dev.lamina.runtime.metric.Logs;
import java.util.ArrayList;
import java.util.List;

/** Records each epoch's wall-clock seconds (training and validation), for the run's results. */
public final class EpochTimer implements Callback {
  private final List<Double> seconds = new ArrayList<>();
  private long start;

  @Override
  public void onEpochBegin(TrainingContext context, int epoch) {
    start = System.nanoTime();
  }

  @Override
  public void onEpochEnd(TrainingContext context, int epoch, Logs logs) {
    seconds.add((System.nanoTime() - start) / 1e9);
  }

  /** Seconds per completed epoch, in order. */
  public List<Double> seconds() {
    return List.copyOf(seconds);
  }

  /** Mean seconds per epoch, or NaN before the first. */
  public double mean() {
    return seconds.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
  }
}
