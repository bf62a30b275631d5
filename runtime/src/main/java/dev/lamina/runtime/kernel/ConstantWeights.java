package dev.lamina.runtime.kernel;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * Creates networks whose weights stay as they are once created: a {@link dev.lamina.runtime.predict.Predictor}'s
 * inference replicas. Their oneDNN kernels reorder the weights from Keras's layout into the layout each
 * inference primitive wants on the first pass of each batch size only, and reuse that copy afterwards,
 * instead of reordering on every pass as a network that may be trained between passes must (for
 * {@code FashionCnn} about 1.1 MB of weights per call, copying that is not arithmetic).
 *
 * <p>The kernels learn it when they are constructed, which generated code does in the constructor that
 * {@link dev.lamina.runtime.Model#replica()} and {@code create} call: {@code ConstantWeights.create(
 * prototype::replica)}. Only for networks whose parameters nobody changes after their first inference
 * pass (training passes are not affected, but an inference pass after a change would use the old
 * weights).
 */
public final class ConstantWeights {
  private static final ThreadLocal<Boolean> CREATING = ThreadLocal.withInitial(() -> Boolean.FALSE);

  private ConstantWeights() {}

  /** Calls {@code factory}, whose kernels, created meanwhile on this thread, treat their weights as constant. */
  public static <T> T create(Supplier<T> factory) {
    Objects.requireNonNull(factory, "factory");
    boolean outer = CREATING.get();
    CREATING.set(Boolean.TRUE);
    try {
      return factory.get();
    } finally {
      CREATING.set(outer);
    }
  }

  /** Whether kernels constructed now belong to a network with constant weights. */
  static boolean creating() {
    return CREATING.get();
  }
}
