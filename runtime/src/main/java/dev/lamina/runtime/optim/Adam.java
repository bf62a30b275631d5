package dev.lamina.runtime.optim;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Adam (Kingma and Ba, 2014, "Adam: A Method for Stochastic Optimization") in Keras 3's form
 * ({@code keras.optimizers.Adam}), with its defaults: learning rate 0.001, beta1 0.9, beta2 0.999,
 * epsilon 1e-7. At step {@code t} (1-based):
 *
 * <pre>
 * alpha = lr * sqrt(1 - beta2^t) / (1 - beta1^t)
 * m = m + (g - m) * (1 - beta1)
 * v = v + (g^2 - v) * (1 - beta2)
 * w = w - alpha * m / (sqrt(v) + epsilon)
 * </pre>
 *
 * The bias correction is folded into {@code alpha}, so epsilon is Keras's "epsilon hat".
 */
public final class Adam extends Optimizer {
  private final double beta1;
  private final double beta2;
  private final double epsilon;
  private INDArray m;
  private INDArray v;

  private Adam(Builder b) {
    super(b.learningRate);
    this.beta1 = Optimizer.checkFraction("beta1", b.beta1);
    this.beta2 = Optimizer.checkFraction("beta2", b.beta2);
    this.epsilon = Optimizer.checkPositive("epsilon", b.epsilon);
  }

  /** Keras's defaults: learning rate 0.001, beta1 0.9, beta2 0.999, epsilon 1e-7. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String name() {
    return "adam";
  }

  @Override
  public Map<String, Object> config() {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("learning_rate", learningRate());
    c.put("beta_1", beta1);
    c.put("beta_2", beta2);
    c.put("epsilon", epsilon);
    return c;
  }

  @Override
  protected List<String> slotNames() {
    return List.of("momentum", "velocity");
  }

  @Override
  protected void slotsAllocated() {
    m = slot("momentum");
    v = slot("velocity");
  }

  @Override
  protected void update(INDArray w, INDArray g, INDArray scratch, double lr, long step) {
    double alpha = lr * Math.sqrt(1 - Math.pow(beta2, step)) / (1 - Math.pow(beta1, step));
    m.addi(scratch.assign(g).subi(m).muli(1 - beta1));
    v.addi(scratch.assign(g).muli(g).subi(v).muli(1 - beta2));
    Transforms.sqrt(scratch.assign(v), false).addi(epsilon);
    w.subi(scratch.rdivi(m).muli(alpha));
  }

  /** Builds an {@link Adam}; every setting has Keras's default. */
  public static final class Builder {
    private double learningRate = 0.001;
    private double beta1 = 0.9;
    private double beta2 = 0.999;
    private double epsilon = 1e-7;

    private Builder() {}

    /** The step size (default 0.001). */
    public Builder learningRate(double learningRate) {
      this.learningRate = learningRate;
      return this;
    }

    /** Decay of the first-moment estimate, in [0, 1) (default 0.9). */
    public Builder beta1(double beta1) {
      this.beta1 = beta1;
      return this;
    }

    /** Decay of the second-moment estimate, in [0, 1) (default 0.999). */
    public Builder beta2(double beta2) {
      this.beta2 = beta2;
      return this;
    }

    /** Added to {@code sqrt(v)} for numerical stability (default 1e-7). */
    public Builder epsilon(double epsilon) {
      this.epsilon = epsilon;
      return this;
    }

    /** @throws IllegalArgumentException if a setting is out of range */
    public Adam build() {
      return new Adam(this);
    }
  }
}
