package dev.lamina.runtime.kernel.onednn;

import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Says in the log, once, when mixed precision was asked for and cannot run natively: a CPU without
 * AVX512_BF16 (oneDNN would emulate bf16, slower than fp32), or a layer shape for which oneDNN has only
 * its reference bf16 code. In both cases the work runs in fp32 instead; never silently slower.
 */
final class Bf16Check {
  private static final Logger LOG = LoggerFactory.getLogger(Bf16Check.class);
  private static final AtomicBoolean WARNED_CPU = new AtomicBoolean();

  private Bf16Check() {}

  /** Whether bf16 runs natively here; warns once per process when it does not. */
  static boolean nativeOrWarn() {
    if (Onednn.bf16Native()) {
      return true;
    }
    if (WARNED_CPU.compareAndSet(false, true)) {
      String isa = Onednn.available() ? org.bytedeco.dnnl.global.dnnl.get_effective_cpu_isa().toString()
          : "oneDNN not available";
      LOG.warn("Precision BF16 needs a CPU with AVX512_BF16 (oneDNN's avx512_core_bf16); this one offers {}. "
          + "The network runs in fp32.", isa);
    }
    return false;
  }

  /** Says (at info level) that one layer runs in fp32 by choice: it is memory-bound, and bf16 would slow it. */
  static void memoryBound(String layer, long macsPerOutput) {
    LOG.info("{} runs in fp32: {} multiply-accumulates per output value make it memory-bound, where bf16's"
        + " roundings cost more than they save", layer, macsPerOutput);
  }

  /** Warns that one layer runs in fp32 because oneDNN could not create its bf16 primitives. */
  static void fallBack(String layer, RuntimeException cause) {
    LOG.warn("{} runs in fp32: oneDNN has no fast bf16 primitive for it ({})", layer, cause.getMessage());
  }
}
