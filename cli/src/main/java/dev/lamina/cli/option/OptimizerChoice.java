package dev.lamina.cli.option;

import dev.lamina.runtime.optim.Adam;
import dev.lamina.runtime.optim.Optimizer;
import dev.lamina.runtime.optim.RmsProp;
import dev.lamina.runtime.optim.Sgd;

/** The optimizers {@code lamina train --optimizer} offers, with Keras's default learning rates. */
public enum OptimizerChoice {
  /** Stochastic gradient descent (the tutorial's choice), default learning rate 0.01. */
  SGD(0.01),
  /** Adam, default learning rate 0.001. */
  ADAM(0.001),
  /** RMSprop, default learning rate 0.001. */
  RMSPROP(0.001);

  private final double defaultLearningRate;

  OptimizerChoice(double defaultLearningRate) {
    this.defaultLearningRate = defaultLearningRate;
  }

  /** Keras's default learning rate for this optimizer. */
  public double defaultLearningRate() {
    return defaultLearningRate;
  }

  /**
   * A new optimizer.
   *
   * @param learningRate the step size, or null for {@link #defaultLearningRate()}
   * @param momentum SGD's and RMSprop's momentum (0 for none); ignored by Adam
   * @throws IllegalArgumentException if a value is out of the optimizer's range
   */
  public Optimizer create(Double learningRate, double momentum) {
    double lr = learningRate == null ? defaultLearningRate : learningRate;
    return switch (this) {
      case SGD -> Sgd.builder().learningRate(lr).momentum(momentum).build();
      case ADAM -> Adam.builder().learningRate(lr).build();
      case RMSPROP -> RmsProp.builder().learningRate(lr).momentum(momentum).build();
    };
  }
}
