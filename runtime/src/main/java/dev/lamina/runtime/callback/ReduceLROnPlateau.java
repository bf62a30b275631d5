package dev.lamina.runtime.callback;

import dev.lamina.runtime.metric.Logs;
import dev.lamina.runtime.metric.MetricKey;
import dev.lamina.runtime.optim.Optimizer;

/**
 * Lowers the learning rate when a monitored figure stops improving, Keras 3's
 * {@code keras.callbacks.ReduceLROnPlateau}: after {@code patience} epochs without an improvement
 * of more than {@code minDelta}, the rate becomes {@code max(rate * factor, minLr)} (if it is above
 * {@code minLr}), then {@code cooldown} epochs pass before waiting starts again.
 */
public final class ReduceLROnPlateau implements Callback {
  private final Monitor monitor;
  private final double factor;
  private final int patience;
  private final int cooldown;
  private final double minLr;
  private double best;
  private int wait;
  private int cooldownCounter;
  private int reductions;

  private ReduceLROnPlateau(Builder b) {
    this.monitor = new Monitor(b.monitor, b.mode, b.minDelta);
    if (!(b.factor > 0 && b.factor < 1)) {
      throw new IllegalArgumentException("ReduceLROnPlateau needs a factor in (0, 1), got " + b.factor);
    }
    if (b.patience < 0 || b.cooldown < 0 || !(b.minLr >= 0)) {
      throw new IllegalArgumentException("patience, cooldown and minLr must be >= 0, got " + b.patience + ", "
          + b.cooldown + ", " + b.minLr);
    }
    this.factor = b.factor;
    this.patience = b.patience;
    this.cooldown = b.cooldown;
    this.minLr = b.minLr;
  }

  /** Keras's defaults: monitor {@code val_loss}, factor 0.1, patience 10, minDelta 1e-4, cooldown 0, minLr 0. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public void onTrainBegin(TrainingContext context) {
    monitor.checkAvailable("ReduceLROnPlateau", context);
    best = monitor.worst();
    wait = 0;
    cooldownCounter = 0;
  }

  @Override
  public void onEpochEnd(TrainingContext context, int epoch, Logs logs) {
    double current = monitor.valueIn(logs);
    if (cooldownCounter > 0) {
      cooldownCounter--;
      wait = 0;
    }
    if (monitor.improves(current, best)) {
      best = current;
      wait = 0;
    } else if (cooldownCounter == 0) {
      wait++;
      if (wait >= patience) {
        Optimizer optimizer = context.optimizer();
        double old = optimizer.learningRate();
        // compared in float32, as Keras compares its float32 learning-rate variable with np.float32(min_lr)
        if ((float) old > (float) minLr) {
          optimizer.setLearningRate(Math.max(old * factor, minLr));
          reductions++;
          cooldownCounter = cooldown;
          wait = 0;
        }
      }
    }
  }

  /** How many times the learning rate was lowered. */
  public int reductions() {
    return reductions;
  }

  /** Configures a {@link ReduceLROnPlateau}; every setting has Keras's default. */
  public static final class Builder {
    private MetricKey monitor = MetricKey.VAL_LOSS;
    private Mode mode = Mode.AUTO;
    private double factor = 0.1;
    private int patience = 10;
    private double minDelta = 1e-4;
    private int cooldown;
    private double minLr;

    private Builder() {}

    /** The figure to watch (default {@code val_loss}). */
    public Builder monitor(MetricKey monitor) {
      this.monitor = monitor;
      return this;
    }

    /** Whether the figure improves by decreasing or increasing (default AUTO). */
    public Builder mode(Mode mode) {
      this.mode = mode;
      return this;
    }

    /** The multiplier applied to the rate, in (0, 1) (default 0.1). */
    public Builder factor(double factor) {
      this.factor = factor;
      return this;
    }

    /** Epochs without improvement before lowering (default 10). */
    public Builder patience(int patience) {
      this.patience = patience;
      return this;
    }

    /** The change that counts as an improvement (default 1e-4). */
    public Builder minDelta(double minDelta) {
      this.minDelta = minDelta;
      return this;
    }

    /** Epochs to wait after a reduction before counting again (default 0). */
    public Builder cooldown(int cooldown) {
      this.cooldown = cooldown;
      return this;
    }

    /** The lowest rate (default 0). */
    public Builder minLr(double minLr) {
      this.minLr = minLr;
      return this;
    }

    /** @throws IllegalArgumentException if a setting is out of range */
    public ReduceLROnPlateau build() {
      return new ReduceLROnPlateau(this);
    }
  }
}
