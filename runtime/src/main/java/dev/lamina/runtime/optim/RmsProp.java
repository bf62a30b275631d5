package dev.lamina.runtime.optim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * RMSprop (Hinton, 2012, Coursera lecture 6e) in Keras 3's form ({@code keras.optimizers.RMSprop}),
 * with its defaults: learning rate 0.001, rho 0.9, momentum 0, epsilon 1e-7, not centered:
 *
 * <pre>
 * v = rho * v + (1 - rho) * g^2
 * centered:  a = rho * a + (1 - rho) * g;  d = v - a^2 + epsilon
 * otherwise: d = v + epsilon
 * increment = lr * g / sqrt(d)
 * momentum > 0: u = momentum * u + increment;  w = w - u
 * otherwise:    w = w - increment
 * </pre>
 *
 * Unlike Adam, epsilon is inside the square root, as in Keras.
 */
public final class RmsProp extends Optimizer {
  private final double rho;
  private final double momentum;
  private final double epsilon;
  private final boolean centered;
  private INDArray velocity;
  private INDArray averageGradient;
  private INDArray momentumBuffer;

  private RmsProp(Builder b) {
    super(b.learningRate);
    this.rho = Optimizer.checkFraction("rho", b.rho);
    this.momentum = Optimizer.checkFraction("momentum", b.momentum);
    this.epsilon = Optimizer.checkPositive("epsilon", b.epsilon);
    this.centered = b.centered;
  }

  /** Keras's defaults: learning rate 0.001, rho 0.9, momentum 0, epsilon 1e-7, not centered. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String name() {
    return "rmsprop";
  }

  @Override
  public Map<String, Object> config() {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("learning_rate", learningRate());
    c.put("rho", rho);
    c.put("momentum", momentum);
    c.put("epsilon", epsilon);
    c.put("centered", centered);
    return c;
  }

  @Override
  protected List<String> slotNames() {
    List<String> names = new ArrayList<>(List.of("velocity"));
    if (momentum > 0) {
      names.add("momentum");
    }
    if (centered) {
      names.add("average_gradient");
    }
    return names;
  }

  @Override
  protected void slotsAllocated() {
    velocity = slot("velocity");
    momentumBuffer = momentum > 0 ? slot("momentum") : null;
    averageGradient = centered ? slot("average_gradient") : null;
  }

  @Override
  protected void update(INDArray w, INDArray g, INDArray scratch, double lr, long step) {
    velocity.muli(rho).addi(scratch.assign(g).muli(g).muli(1 - rho));
    if (averageGradient != null) {
      averageGradient.muli(rho).addi(scratch.assign(g).muli(1 - rho));
      scratch.assign(averageGradient).muli(averageGradient).rsubi(velocity).addi(epsilon);
    } else {
      scratch.assign(velocity).addi(epsilon);
    }
    INDArray increment = Transforms.sqrt(scratch, false).rdivi(g).muli(lr);
    if (momentumBuffer != null) {
      momentumBuffer.muli(momentum).addi(increment);
      w.subi(momentumBuffer);
    } else {
      w.subi(increment);
    }
  }

  /** Builds an {@link RmsProp}; every setting has Keras's default. */
  public static final class Builder {
    private double learningRate = 0.001;
    private double rho = 0.9;
    private double momentum = 0;
    private double epsilon = 1e-7;
    private boolean centered;

    private Builder() {}

    /** The step size (default 0.001). */
    public Builder learningRate(double learningRate) {
      this.learningRate = learningRate;
      return this;
    }

    /** Decay of the moving average of squared gradients, in [0, 1) (default 0.9). */
    public Builder rho(double rho) {
      this.rho = rho;
      return this;
    }

    /** Momentum in [0, 1) (default 0). */
    public Builder momentum(double momentum) {
      this.momentum = momentum;
      return this;
    }

    /** Added to the denominator inside the square root (default 1e-7). */
    public Builder epsilon(double epsilon) {
      this.epsilon = epsilon;
      return this;
    }

    /** Whether to normalize by the estimated variance instead of the second moment (default false). */
    public Builder centered(boolean centered) {
      this.centered = centered;
      return this;
    }

    /** @throws IllegalArgumentException if a setting is out of range */
    public RmsProp build() {
      return new RmsProp(this);
    }
  }
}
