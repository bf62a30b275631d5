package dev.lamina.runtime.train;

import dev.lamina.runtime.Model;
import dev.lamina.runtime.NonFiniteValueException;
import dev.lamina.runtime.callback.Callback;
import dev.lamina.runtime.callback.TrainingContext;
import dev.lamina.runtime.data.Batch;
import dev.lamina.runtime.data.BatchIterator;
import dev.lamina.runtime.data.Dataset;
import dev.lamina.runtime.data.Order;
import dev.lamina.runtime.io.Checkpoints;
import dev.lamina.runtime.metric.Logs;
import dev.lamina.runtime.metric.MetricAccumulator;
import dev.lamina.runtime.metric.MetricKey;
import dev.lamina.runtime.optim.Optimizer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.nd4j.linalg.api.ndarray.INDArray;

/** One {@code fit} call: the epoch loop, and the {@link TrainingContext} its callbacks see. */
final class FitRun implements TrainingContext {
  private final Compiled compiled;
  private final Dataset train;
  private final FitConfig config;
  private final List<Callback> callbacks;
  private final List<MetricKey> epochKeys;
  private final int stepsPerEpoch;
  private final IntConsumer epochCompleted;
  private boolean stop;
  private int completedEpochs;

  FitRun(Compiled compiled, Dataset train, FitConfig config, List<Callback> callbacks, IntConsumer epochCompleted) {
    this.compiled = compiled;
    this.train = train;
    this.config = config;
    this.callbacks = callbacks;
    this.epochCompleted = epochCompleted;
    this.stepsPerEpoch = (train.size() + config.batchSize() - 1) / config.batchSize();
    List<MetricKey> keys = new ArrayList<>(compiled.keys());
    if (config.validationData().isPresent()) {
      compiled.keys().forEach(k -> keys.add(k.toValidation()));
    }
    this.epochKeys = List.copyOf(keys);
    this.completedEpochs = config.initialEpoch();
  }

  History run() {
    History history = new History();
    callbacks.forEach(c -> c.onTrainBegin(this));
    Logs last = Logs.empty();
    for (int epoch = config.initialEpoch(); epoch < config.epochs() && !stop; epoch++) {
      final int e = epoch;
      callbacks.forEach(c -> c.onEpochBegin(this, e));
      Logs logs = trainEpoch(epoch);
      if (config.validationData().isPresent()) {
        logs = logs.with(compiled.evaluate(config.validationData().get(), config.validationBatchSize(),
            "validation", true));
      }
      completedEpochs = epoch + 1;
      epochCompleted.accept(completedEpochs);
      history.add(epoch, logs);
      last = logs;
      Logs epochLogs = logs;
      callbacks.forEach(c -> c.onEpochEnd(this, e, epochLogs));
    }
    Logs lastLogs = last;
    callbacks.forEach(c -> c.onTrainEnd(this, lastLogs));
    return history;
  }

  private Logs trainEpoch(int epoch) {
    Model model = compiled.model();
    model.seedDropout(EpochSeeds.dropout(config.seed(), epoch));
    // Unshuffled epochs carry the epoch's seed too: augmentation draws from it (data.augment).
    Order order = new Order(config.shuffle(), EpochSeeds.shuffle(config.seed(), epoch));
    List<MetricAccumulator> accumulators = compiled.accumulators(train);
    double lossSum = 0;
    long examples = 0;
    Logs running = Logs.empty();
    try (BatchIterator batches = train.batches(config.batchSize(), order)) {
      for (int step = 0; batches.hasNext(); step++) {
        Batch batch = batches.next();
        double loss = step(batch, accumulators, epoch, step);
        lossSum += loss * batch.size();
        examples += batch.size();
        running = compiled.logs(lossSum, examples, accumulators, false);
        int s = step;
        Logs batchLogs = running;
        callbacks.forEach(c -> c.onBatchEnd(this, s, batchLogs));
        if (!Double.isFinite(loss) && !stop) {
          throw new NonFiniteValueException("loss", "the loss of network " + model.name() + " became " + loss
              + " at epoch " + (epoch + 1) + ", batch " + (step + 1) + "; the update was not applied. Lower the"
              + " learning rate, check the data for NaN or infinite values, or add TerminateOnNaN to stop gracefully");
        }
        if (stop) {
          break;
        }
      }
    }
    return running;
  }

  /** Forward, loss, metrics, and (for a finite loss) backward and update; returns the batch's mean loss. */
  private double step(Batch batch, List<MetricAccumulator> accumulators, int epoch, int step) {
    Model model = compiled.model();
    double loss;
    try {
      INDArray output = model.forward(batch.features(), true);
      loss = compiled.loss().valueAndGradient(output, batch.labels());
      for (MetricAccumulator a : accumulators) {
        a.update(output, batch.labels());
      }
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("the training data, epoch " + (epoch + 1) + ", batch " + (step + 1) + ": "
          + e.getMessage(), e);
    }
    if (Double.isFinite(loss)) {
      model.backwardParameters(compiled.loss().gradient(), compiled.loss().gradientTarget());
      compiled.optimizer().step();
    }
    return loss;
  }

  @Override
  public Model model() {
    return compiled.model();
  }

  @Override
  public Optimizer optimizer() {
    return compiled.optimizer();
  }

  @Override
  public int initialEpoch() {
    return config.initialEpoch();
  }

  @Override
  public int epochs() {
    return config.epochs();
  }

  @Override
  public int stepsPerEpoch() {
    return stepsPerEpoch;
  }

  @Override
  public List<MetricKey> epochKeys() {
    return epochKeys;
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
    try {
      Checkpoints.save(path, compiled.model(), includeOptimizer ? compiled.optimizer() : null, completedEpochs,
          config.seed());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot save checkpoint " + path.toAbsolutePath() + ": " + e.getMessage(), e);
    }
  }
}
