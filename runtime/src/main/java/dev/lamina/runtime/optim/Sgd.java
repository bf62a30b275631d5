package dev.lamina.runtime.optim;

import dev.lamina.runtime.kernel.onednn.Axpy;
import dev.lamina.runtime.kernel.onednn.Onednn;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Stochastic gradient descent, optionally with momentum or Nesterov momentum; Keras 3's
 * {@code keras.optimizers.SGD} update rules and defaults (learning rate 0.01, momentum 0):
 *
 * <pre>
 * momentum == 0:  w = w - lr * g
 * momentum  > 0:  v = momentum * v - lr * g;  w = w + v
 * nesterov:       v = momentum * v - lr * g;  w = w + momentum * v - lr * g
 * </pre>
 */
public final class Sgd extends Optimizer {
  private final double momentum;
  private final boolean nesterov;
  private INDArray velocity;
  private final Axpy axpy = new Axpy();

  private Sgd(Builder b) {
    super(b.learningRate);
    this.momentum = Optimizer.checkFraction("momentum", b.momentum);
    this.nesterov = b.nesterov;
  }

  /** Keras's defaults: learning rate 0.01, momentum 0, no Nesterov. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String name() {
    return "SGD";
  }

  @Override
  public Map<String, Object> config() {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("learning_rate", learningRate());
    c.put("momentum", momentum);
    c.put("nesterov", nesterov);
    return c;
  }

  @Override
  protected List<String> slotNames() {
    return momentum == 0 ? List.of() : List.of("momentum");
  }

  @Override
  protected void slotsAllocated() {
    velocity = momentum == 0 ? null : slot("momentum");
  }

  @Override
  protected void update(INDArray w, INDArray g, INDArray scratch, double lr, long step) {
    if (velocity == null) {
      if (Onednn.handles(w)) {
        axpy.apply(-lr, g, w); // w += -lr * g in one pass, on the kernels' threads
      } else {
        w.subi(scratch.assign(g).muli(lr));
      }
      return;
    }
    INDArray lrG = scratch.assign(g).muli(lr);
    velocity.muli(momentum).subi(lrG);
    if (nesterov) {
      w.subi(lrG);
      w.addi(scratch.assign(velocity).muli(momentum));
    } else {
      w.addi(velocity);
    }
  }

  /** Builds an {@link Sgd}; every setting has Keras's default. */
  public static final class Builder {
    private double learningRate = 0.01;
    private double momentum = 0;
    private boolean nesterov;

    private Builder() {}

    /** The step size (default 0.01). */
    public Builder learningRate(double learningRate) {
      this.learningRate = learningRate;
      return this;
    }

    /** Momentum in [0, 1) (default 0: plain gradient descent). */
    public Builder momentum(double momentum) {
      this.momentum = momentum;
      return this;
    }

    /** Whether to use Nesterov momentum (default false). */
    public Builder nesterov(boolean nesterov) {
      this.nesterov = nesterov;
      return this;
    }

    /** @throws IllegalArgumentException if the learning rate is not positive or momentum not in [0, 1) */
    public Sgd build() {
      return new Sgd(this);
    }
  }
}
