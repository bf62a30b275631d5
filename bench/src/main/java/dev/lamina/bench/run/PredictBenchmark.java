package dev.lamina.bench.run;

import dev.lamina.bench.measure.Snapshot;
import dev.lamina.bench.measure.WindowFigures;
import dev.lamina.runtime.train.Trainer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Times inference as the peers' {@code --predict} does: {@link Trainer#predict} of the softmax
 * probabilities (a segmenter's: the per-pixel sigmoid mask) of all test images at a batch size, after
 * one untimed batch.
 */
final class PredictBenchmark {
  private final Trainer trainer;
  private final INDArray features;

  /**
   * @param trainer holds the (trained) model
   * @param features the test images, {@code [n, 28, 28, 1]}
   */
  PredictBenchmark(Trainer trainer, INDArray features) {
    this.trainer = trainer;
    this.features = features;
  }

  /** Runs one untimed batch of {@code batch} examples. */
  void warmUp(int batch) {
    long n = Math.min(batch, features.size(0));
    INDArray first = features.get(NDArrayIndex.interval(0, n), NDArrayIndex.all(), NDArrayIndex.all(),
        NDArrayIndex.all());
    trainer.predict(first, batch).close();
  }

  /**
   * Predicts every example once, {@code batch} at a time, and measures it.
   *
   * @param profiler recording during the call, or null
   */
  WindowFigures run(int batch, LayerTimes profiler) {
    long n = features.size(0);
    int batches = (int) ((n + batch - 1) / batch);
    if (profiler != null) {
      trainer.model().profile(profiler);
      profiler.recording(true);
    }
    Snapshot start = Snapshot.begin();
    INDArray probabilities = trainer.predict(features, batch);
    WindowFigures figures = Snapshot.end().since(start, batches, n);
    if (profiler != null) {
      profiler.recording(false);
      trainer.model().profile(null);
    }
    probabilities.close();
    return figures;
  }
}
