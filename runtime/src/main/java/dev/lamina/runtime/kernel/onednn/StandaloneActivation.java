package dev.lamina.runtime.kernel.onednn;

import dev.lamina.dsl.ActivationFunction;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * An activation on its own (not fused into a layer) on oneDNN, for {@code FLOAT} tensors of any
 * shape: {@code a = f(z)} and {@code gradZ = gradA * f'(z)}, each one eltwise primitive (two for
 * SELU, whose scale is a second pass). Not for SOFTMAX.
 */
public final class StandaloneActivation {
  private static final int SIZES_KEPT = 4;

  private final ActivationPlan plan;
  private final SizeCache<ActivationPrimitives> primitives = new SizeCache<>(SIZES_KEPT);

  /**
   * @param function the activation, not LINEAR or SOFTMAX
   * @throws IllegalArgumentException for LINEAR or SOFTMAX
   */
  public StandaloneActivation(ActivationFunction function) {
    if (function == ActivationFunction.LINEAR) {
      throw new IllegalArgumentException("LINEAR needs no activation kernel");
    }
    this.plan = ActivationPlan.inputBased(function);
  }

  /** {@code a = f(z)}; {@code a} may be {@code z}. */
  public void forward(INDArray z, INDArray a) {
    primitives(z).apply(z, a);
  }

  /** {@code gradZ = gradA * f'(z)}, overwritten. */
  public void backward(INDArray z, INDArray gradA, INDArray gradZ) {
    primitives(z).backward(z, null, gradA, gradZ);
  }

  private ActivationPrimitives primitives(INDArray z) {
    long length = z.length();
    ActivationPrimitives p = primitives.find(length);
    return p != null ? p : primitives.put(length, new ActivationPrimitives(plan, length));
  }
}
