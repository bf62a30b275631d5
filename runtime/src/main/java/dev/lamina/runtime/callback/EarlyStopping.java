package dev.lamina.runtime.callback;

import dev.lamina.runtime.metric.Logs;
import dev.lamina.runtime.metric.MetricKey;
import dev.lamina.runtime.param.Parameters;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Stops training when a monitored figure has stopped improving, with Keras 3's
 * {@code keras.callbacks.EarlyStopping} semantics: an epoch improves when it beats the best so far
 * by more than {@code minDelta}; after {@code patience} epochs in a row without improvement (and
 * not at the first epoch) training stops. With a {@code baseline}, the wait only restarts once the
 * figure also beats the baseline. With {@code restoreBestWeights} the weights (and non-trainable
 * state) of the best epoch are put back when training ends, whether or not it stopped early.
 *
 * <p>The tutorial's {@code EarlyStopping(patience=5, min_delta=1e-3)} is
 * {@code EarlyStopping.builder().patience(5).minDelta(1e-3).build()}.
 */
public final class EarlyStopping implements Callback {
  private final Monitor monitor;
  private final int patience;
  private final Double baseline;
  private final boolean restoreBestWeights;
  private final int startFromEpoch;
  private int wait;
  private double best;
  private int bestEpoch = -1;
  private int stoppedEpoch = -1;
  private INDArray bestValues;
  private INDArray bestState;
  private boolean haveBestWeights;

  private EarlyStopping(Builder b) {
    this.monitor = new Monitor(b.monitor, b.mode, b.minDelta);
    if (b.patience < 0) {
      throw new IllegalArgumentException("patience must be >= 0, got " + b.patience);
    }
    this.patience = b.patience;
    this.baseline = b.baseline;
    this.restoreBestWeights = b.restoreBestWeights;
    this.startFromEpoch = b.startFromEpoch;
  }

  /** Keras's defaults: monitor {@code val_loss}, minDelta 0, patience 0, mode AUTO, no baseline, no restore. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public void onTrainBegin(TrainingContext context) {
    monitor.checkAvailable("EarlyStopping", context);
    wait = 0;
    best = monitor.worst();
    bestEpoch = -1;
    stoppedEpoch = -1;
    haveBestWeights = false;
    if (restoreBestWeights) {
      Parameters p = context.model().parameters();
      bestValues = p.values().dup();
      bestState = p.state().dup();
    }
  }

  @Override
  public void onEpochEnd(TrainingContext context, int epoch, Logs logs) {
    double current = monitor.valueIn(logs);
    if (epoch < startFromEpoch) {
      return;
    }
    if (restoreBestWeights && !haveBestWeights) {
      keepWeights(context);
      bestEpoch = epoch;
    }
    wait++;
    if (monitor.improves(current, best)) {
      best = current;
      bestEpoch = epoch;
      if (restoreBestWeights) {
        keepWeights(context);
      }
      if (baseline == null || monitor.improves(current, baseline)) {
        wait = 0;
      }
      return;
    }
    if (wait >= patience && epoch > 0) {
      stoppedEpoch = epoch;
      context.stopTraining();
    }
  }

  @Override
  public void onTrainEnd(TrainingContext context, Logs logs) {
    if (restoreBestWeights && haveBestWeights) {
      Parameters p = context.model().parameters();
      p.values().assign(bestValues);
      p.state().assign(bestState);
    }
  }

  private void keepWeights(TrainingContext context) {
    Parameters p = context.model().parameters();
    bestValues.assign(p.values());
    bestState.assign(p.state());
    haveBestWeights = true;
  }

  /** The epoch (0-based) at which training was stopped, or -1 if it was not. */
  public int stoppedEpoch() {
    return stoppedEpoch;
  }

  /** The epoch (0-based) with the best monitored value so far, or -1 before the first. */
  public int bestEpoch() {
    return bestEpoch;
  }

  /** The best monitored value so far (infinite before the first epoch). */
  public double best() {
    return best;
  }

  /** Configures an {@link EarlyStopping}; every setting has Keras's default. */
  public static final class Builder {
    private MetricKey monitor = MetricKey.VAL_LOSS;
    private Mode mode = Mode.AUTO;
    private double minDelta;
    private int patience;
    private Double baseline;
    private boolean restoreBestWeights;
    private int startFromEpoch;

    private Builder() {}

    /** The figure to watch (default {@code val_loss}). */
    public Builder monitor(MetricKey monitor) {
      this.monitor = monitor;
      return this;
    }

    /** Whether the figure improves by decreasing or increasing (default AUTO, from the metric). */
    public Builder mode(Mode mode) {
      this.mode = mode;
      return this;
    }

    /** The change that counts as an improvement, >= 0 (default 0). */
    public Builder minDelta(double minDelta) {
      this.minDelta = minDelta;
      return this;
    }

    /** Epochs without improvement before stopping, >= 0 (default 0). */
    public Builder patience(int patience) {
      this.patience = patience;
      return this;
    }

    /** A value the figure must beat before the wait restarts (default none). */
    public Builder baseline(double baseline) {
      this.baseline = baseline;
      return this;
    }

    /** Whether to put back the best epoch's weights when training ends (default false). */
    public Builder restoreBestWeights(boolean restoreBestWeights) {
      this.restoreBestWeights = restoreBestWeights;
      return this;
    }

    /** Epochs to ignore at the start, a warm-up (default 0). */
    public Builder startFromEpoch(int startFromEpoch) {
      this.startFromEpoch = startFromEpoch;
      return this;
    }

    /** @throws IllegalArgumentException if patience or minDelta is negative */
    public EarlyStopping build() {
      return new EarlyStopping(this);
    }
  }
}
