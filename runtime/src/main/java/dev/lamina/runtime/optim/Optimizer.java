package dev.lamina.runtime.optim;

import dev.lamina.runtime.param.Parameters;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A gradient-descent update rule with Keras's semantics and defaults. An optimizer is bound to one
 * model's {@link Parameters} by {@link #build}, which allocates its state: slot buffers aligned
 * with the flat vector of trainable values (Keras's per-variable {@code momentum},
 * {@code velocity}, ... laid end to end, so element {@code i} of a slot belongs to element
 * {@code i} of the values) and one scratch buffer. {@link #step()} then updates all values with a
 * few whole-buffer operations and allocates nothing.
 *
 * <p>Not thread-safe; one trainer drives an optimizer.
 */
public abstract class Optimizer {
  private double learningRate;
  private long iterations;
  private INDArray values;
  private INDArray gradients;
  private INDArray scratch;
  private final Map<String, INDArray> slots = new LinkedHashMap<>();

  /** @throws IllegalArgumentException if learningRate is not a positive finite number */
  protected Optimizer(double learningRate) {
    this.learningRate = checkLearningRate(learningRate);
  }

  /** The name Keras gives the optimizer: {@code SGD}, {@code adam}, {@code rmsprop}. */
  public abstract String name();

  /** The hyperparameters under Keras's {@code get_config()} names ({@code learning_rate}, {@code beta_1}, ...). */
  public abstract Map<String, Object> config();

  /** The names of the slot buffers this optimizer keeps, in Keras's terms ({@code momentum}, {@code velocity}). */
  protected abstract List<String> slotNames();

  /**
   * Applies one update to {@code values} from {@code gradients}.
   *
   * @param step the 1-based number of this update ({@link #iterations()} + 1), for bias corrections
   */
  protected abstract void update(INDArray values, INDArray gradients, INDArray scratch, double learningRate, long step);

  /** Called once after {@link #build} allocated the slots, so subclasses can keep references to them. */
  protected void slotsAllocated() {}

  /** The current learning rate. */
  public final double learningRate() {
    return learningRate;
  }

  /**
   * Changes the learning rate from the next step on (what {@code ReduceLROnPlateau} does).
   *
   * @throws IllegalArgumentException if learningRate is not a positive finite number
   */
  public final void setLearningRate(double learningRate) {
    this.learningRate = checkLearningRate(learningRate);
  }

  /** The number of updates applied so far (Keras's {@code optimizer.iterations}). */
  public final long iterations() {
    return iterations;
  }

  /** Whether {@link #build} has bound this optimizer to parameters. */
  public final boolean isBuilt() {
    return values != null;
  }

  /**
   * Binds the optimizer to a model's parameters and allocates its zeroed state.
   *
   * @throws IllegalStateException if it is already bound to other parameters (an optimizer keeps
   *     per-parameter state, so each trainer needs its own)
   */
  public final void build(Parameters parameters) {
    Objects.requireNonNull(parameters, "parameters");
    if (values != null) {
      if (values == parameters.values() && gradients == parameters.gradients()) {
        return;
      }
      throw new IllegalStateException(name() + " optimizer is already bound to another model's parameters;"
          + " create one optimizer per trainer");
    }
    values = parameters.values();
    gradients = parameters.gradients();
    scratch = Nd4j.create(values.dataType(), values.length());
    for (String slot : slotNames()) {
      slots.put(slot, Nd4j.zeros(values.dataType(), values.length()));
    }
    slotsAllocated();
  }

  /**
   * Updates the bound values from the gradients of the last backward pass, then counts the
   * iteration. Allocates nothing.
   *
   * @throws IllegalStateException if {@link #build} was not called
   */
  public final void step() {
    if (values == null) {
      throw new IllegalStateException(name() + " optimizer is not built: call build(model.parameters()) first");
    }
    update(values, gradients, scratch, learningRate, iterations + 1);
    iterations++;
  }

  /** The slot buffers by name, each {@code [trainableCount]}, aligned with the values (for checkpoints). */
  public final Map<String, INDArray> slots() {
    return Collections.unmodifiableMap(slots);
  }

  /** The slot buffer {@code name}. */
  protected final INDArray slot(String name) {
    INDArray slot = slots.get(name);
    if (slot == null) {
      throw new IllegalStateException("no slot " + name + " in " + name() + "; slots: " + slots.keySet());
    }
    return slot;
  }

  /**
   * Restores saved state: iteration count, learning rate and every slot (copied into this
   * optimizer's buffers).
   *
   * @throws IllegalStateException if not built
   * @throws IllegalArgumentException if the slot names or lengths differ from this optimizer's; the
   *     message names both
   */
  public final void restore(long iterations, double learningRate, Map<String, INDArray> savedSlots) {
    if (values == null) {
      throw new IllegalStateException(name() + " optimizer is not built: call build(model.parameters()) first");
    }
    if (iterations < 0) {
      throw new IllegalArgumentException("iterations must be >= 0, got " + iterations);
    }
    if (!savedSlots.keySet().equals(slots.keySet())) {
      throw new IllegalArgumentException(name() + " keeps slots " + slots.keySet() + " but the saved state has "
          + savedSlots.keySet() + "; was it saved with other hyperparameters (momentum, centered)?");
    }
    for (Map.Entry<String, INDArray> e : savedSlots.entrySet()) {
      if (e.getValue().length() != values.length()) {
        throw new IllegalArgumentException("saved slot " + e.getKey() + " holds " + e.getValue().length()
            + " values but the model has " + values.length() + " trainable values");
      }
    }
    double lr = checkLearningRate(learningRate);
    savedSlots.forEach((name, saved) -> slots.get(name).assign(saved.reshape(saved.length())));
    this.iterations = iterations;
    this.learningRate = lr;
  }

  private static double checkLearningRate(double learningRate) {
    if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
      throw new IllegalArgumentException("the learning rate must be a positive finite number, got " + learningRate);
    }
    return learningRate;
  }

  /** @throws IllegalArgumentException unless {@code 0 <= value < 1} */
  static double checkFraction(String name, double value) {
    if (!(value >= 0 && value < 1)) {
      throw new IllegalArgumentException(name + " must be in [0, 1), got " + value);
    }
    return value;
  }

  /** @throws IllegalArgumentException unless {@code value > 0} and finite */
  static double checkPositive(String name, double value) {
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(name + " must be a positive finite number, got " + value);
    }
    return value;
  }

  @Override
  public String toString() {
    return name() + config();
  }
}
