package dev.lamina.runtime.train;

import dev.lamina.runtime.data.Dataset;

/** {@link Trainer#fit(Dataset, FitConfig)}'s steps: batches of a local data set, on this thread. */
final class DatasetSource implements StepSource {
  private final Compiled compiled;
  private final Dataset data;
  private GradientSum sum;

  DatasetSource(Compiled compiled, Dataset data) {
    this.compiled = compiled;
    this.data = data;
  }

  @Override
  public int size() {
    return data.size();
  }

  @Override
  public int[] exampleShape() {
    return data.exampleShape();
  }

  @Override
  public int[] labelShape() {
    return data.labelShape();
  }

  @Override
  public EpochSteps epoch(int epoch, FitConfig config) {
    if (config.microBatches() > 1 && sum == null) {
      sum = new GradientSum(compiled.model().parameters().trainableCount(),
          compiled.model().parameters().values().dataType());
    }
    return new DatasetSteps(compiled, data, config, epoch, sum);
  }
}
