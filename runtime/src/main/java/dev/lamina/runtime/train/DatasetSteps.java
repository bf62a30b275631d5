package dev.lamina.runtime.train;

import dev.lamina.runtime.Model;
import dev.lamina.runtime.data.Batch;
import dev.lamina.runtime.data.BatchIterator;
import dev.lamina.runtime.data.Dataset;
import dev.lamina.runtime.data.Order;
import dev.lamina.runtime.metric.MetricAccumulator;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The steps of one epoch over a local {@link Dataset}: a step is one batch of {@code batchSize}
 * examples, or with {@code m} micro-batches, {@code m} consecutive batches of {@code batchSize / m}
 * (the same examples in the same order) whose gradients are summed in a {@link GradientSum}.
 */
final class DatasetSteps implements EpochSteps {
  private final Compiled compiled;
  private final BatchIterator batches;
  private final int microBatches;
  private final GradientSum sum;
  private final int epoch;
  private int step;

  /** @param sum the accumulator for {@code microBatches > 1}, else null */
  DatasetSteps(Compiled compiled, Dataset train, FitConfig config, int epoch, GradientSum sum) {
    this.compiled = compiled;
    this.microBatches = config.microBatches();
    this.sum = sum;
    this.epoch = epoch;
    // Unshuffled epochs carry the epoch's seed too: augmentation draws from it (data.augment).
    Order order = new Order(config.shuffle(), EpochSeeds.shuffle(config.seed(), epoch));
    this.batches = train.batches(config.batchSize() / microBatches, order);
  }

  @Override
  public boolean hasNext() {
    return batches.hasNext();
  }

  @Override
  public StepResult next(List<MetricAccumulator> accumulators) {
    Model model = compiled.model();
    if (microBatches == 1) {
      Batch batch = batches.next();
      double loss = forward(batch, accumulators);
      if (Double.isFinite(loss)) {
        model.backwardParameters(compiled.loss().gradient(), compiled.loss().gradientTarget());
      }
      step++;
      return new StepResult(loss, batch.size());
    }
    sum.reset();
    double lossSum = 0;
    int examples = 0;
    for (int i = 0; i < microBatches && batches.hasNext(); i++) {
      Batch batch = batches.next();
      double loss = forward(batch, accumulators);
      lossSum += loss * batch.size();
      examples += batch.size();
      if (Double.isFinite(lossSum)) {
        model.backwardParameters(compiled.loss().gradient(), compiled.loss().gradientTarget());
        sum.addMean(model.parameters().gradients(), loss, batch.size());
      }
    }
    step++;
    if (!Double.isFinite(lossSum)) {
      return new StepResult(lossSum / examples, examples);
    }
    sum.meanInto(model.parameters().gradients());
    return new StepResult(sum.meanLoss(), sum.examples());
  }

  private double forward(Batch batch, List<MetricAccumulator> accumulators) {
    try {
      INDArray output = compiled.model().forward(batch.features(), true);
      double loss = compiled.loss().valueAndGradient(output, batch.labels());
      for (MetricAccumulator a : accumulators) {
        a.update(output, batch.labels());
      }
      return loss;
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("the training data, epoch " + (epoch + 1) + ", batch " + (step + 1) + ": "
          + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    batches.close();
  }
}
