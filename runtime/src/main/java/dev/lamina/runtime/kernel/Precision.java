package dev.lamina.runtime.kernel;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * The arithmetic a {@code FLOAT} network's convolutions and dense layers run in. Master weights, weight
 * gradients, the optimizer's state, activations between layers and the loss stay fp32 in both; what
 * changes is the precision of the products inside a layer with weights.
 *
 * <p>Choose it when the network is created, since its kernels learn it when they are constructed:
 * <pre>{@code
 * Model model = Precision.BF16.create(() -> LaminaFashionCnn.create(42));
 * }</pre>
 * Checkpoints hold fp32 values in either precision, so a checkpoint written by a {@code BF16} network
 * loads into an {@code FP32} one and the other way round.
 */
public enum Precision {
  /** IEEE single precision everywhere (the default). */
  FP32,
  /**
   * Mixed precision, the usual recipe (Micikevicius et al., "Mixed Precision Training", ICLR 2018, with
   * bfloat16 in place of fp16 as in Kalamkar et al., "A Study of BFLOAT16 for Deep Learning
   * Training", 2019): a layer's input, its weights and its output gradient are rounded to bfloat16
   * (8 bits of mantissa) just before oneDNN's bf16 convolution or inner product, which accumulates in
   * fp32 and writes fp32 outputs and fp32 weight gradients. Needs the CPU's AVX512_BF16 (oneDNN's
   * {@code avx512_core_bf16}); elsewhere the network runs in fp32 and says so once in the log
   * ({@link #bf16Supported()} tells beforehand).
   */
  BF16;

  private static final ThreadLocal<Precision> CREATING = ThreadLocal.withInitial(() -> FP32);

  /**
   * Calls {@code factory}; the kernels it constructs on this thread (a generated network's
   * {@code create}, {@code replica()} or its constructor) compute in this precision.
   *
   * @param factory creates the network, e.g. {@code () -> LaminaFashionCnn.create(42)}
   * @return what {@code factory} returned
   * @throws NullPointerException when {@code factory} is null
   */
  public <T> T create(Supplier<T> factory) {
    Objects.requireNonNull(factory, "factory");
    Precision outer = CREATING.get();
    CREATING.set(this);
    try {
      return factory.get();
    } finally {
      CREATING.set(outer);
    }
  }

  /** The precision of the kernels constructed now on this thread. */
  static Precision creating() {
    return CREATING.get();
  }

  /**
   * Whether this CPU runs oneDNN's bf16 kernels natively (AVX512_BF16 or later, as oneDNN itself
   * decides); false where oneDNN is not available.
   */
  public static boolean bf16Supported() {
    return dev.lamina.runtime.kernel.onednn.Onednn.bf16Native();
  }
}
