package dev.lamina.runtime.testing;

import dev.lamina.runtime.Model;
import dev.lamina.runtime.callback.TrainingContext;
import dev.lamina.runtime.metric.MetricKey;
import dev.lamina.runtime.optim.Optimizer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A {@link TrainingContext} for driving callbacks by hand: it records stop requests and saves. */
public final class StubContext implements TrainingContext {
  private final Model model;
  private final Optimizer optimizer;
  private final List<MetricKey> keys;
  private final int epochs;
  private final int steps;
  private boolean stop;
  public final List<Path> saved = new ArrayList<>();

  public StubContext(Model model, Optimizer optimizer, List<MetricKey> keys, int epochs, int steps) {
    this.model = model;
    this.optimizer = optimizer;
    this.keys = List.copyOf(keys);
    this.epochs = epochs;
    this.steps = steps;
  }

  @Override
  public Model model() {
    return model;
  }

  @Override
  public Optimizer optimizer() {
    return optimizer;
  }

  @Override
  public int initialEpoch() {
    return 0;
  }

  @Override
  public int epochs() {
    return epochs;
  }

  @Override
  public int stepsPerEpoch() {
    return steps;
  }

  @Override
  public List<MetricKey> epochKeys() {
    return keys;
  }

  @Override
  public void stopTraining() {
    stop = true;
  }

  @Override
  public boolean stopRequested() {
    return stop;
  }

  @Override
  public void saveCheckpoint(Path path, boolean includeOptimizer) {
    saved.add(path);
  }
}
