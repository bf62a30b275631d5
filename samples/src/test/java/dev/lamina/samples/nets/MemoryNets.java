package dev.lamina.samples.nets;

import dev.lamina.dsl.Conv2DTranspose;
import dev.lamina.dsl.Input;
import dev.lamina.dsl.Network;
import dev.lamina.runtime.layer.Conv2DTransposeLayer;

/** Networks whose memory is the point of the test ({@code MemoryAllocationTest}). */
public final class MemoryNets {
  private MemoryNets() {}

  /**
   * One example is 1 value in, 46340 x 46340 = 2,147,395,600 values out (8 GiB in float32): valid, but
   * only a small batch of it fits a machine ({@code [LaminaLargeActivations]}, silenced here).
   */
  @SuppressWarnings("lamina")
  @Network(input = @Input(height = 1, width = 1, channels = 1))
  public interface Enormous {
    @Conv2DTranspose(filters = 1, kernelSize = 1, strides = 46340) Conv2DTransposeLayer up();
  }
}
