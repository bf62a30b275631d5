package dev.lamina.runtime.train;

import dev.lamina.runtime.Model;
import dev.lamina.runtime.NonFiniteValueException;
import dev.lamina.runtime.callback.Callback;
import dev.lamina.runtime.callback.TrainingContext;
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

/** One {@code fit} call: the epoch loop, and the {@link TrainingContext} its callbacks see. */
final class FitRun implements TrainingContext {
  private final Compiled compiled;
  private final StepSource train;
  private final FitConfig config;
  private final List<Callback> callbacks;
  private final List<MetricKey> epochKeys;
  private final int stepsPerEpoch;
  private final IntConsumer epochCompleted;
  private boolean stop;
  private int completedEpochs;

  FitRun(Compiled compiled, StepSource train, FitConfig config, List<Callback> callbacks, IntConsumer epochCompleted) {
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
    List<MetricAccumulator> accumulators = compiled.accumulators(train.labelShape());
    double lossSum = 0;
    long examples = 0;
    Logs running = Logs.empty();
    try (EpochSteps steps = train.epoch(epoch, config)) {
      for (int step = 0; steps.hasNext(); step++) {
        StepResult result = steps.next(accumulators);
        double loss = result.loss();
        if (Double.isFinite(loss)) {
          compiled.optimizer().step();
        }
        lossSum += loss * result.examples();
        examples += result.examples();
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
