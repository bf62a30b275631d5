package dev.lamina.runtime.init;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Keras's {@code compute_fans} on stored shapes. */
class FansTest {

  @Test
  void vectorsMatricesAndKernelsAsKerasComputesThem() {
    assertEquals(new Fans(32, 32), Fans.of(32));
    assertEquals(new Fans(1152, 128), Fans.of(1152, 128));
    // Conv2D kernel [kH, kW, in, out]: receptive field 9
    assertEquals(new Fans(9 * 32, 9 * 64), Fans.of(3, 3, 32, 64));
    // pointwise kernel [1, 1, c*m, filters]
    assertEquals(new Fans(32, 64), Fans.of(1, 1, 32, 64));
    // Conv2DTranspose kernel as stored, [kH, kW, filters, in]: Keras takes the stored axes as they are
    assertEquals(new Fans(3 * 3 * 16, 3 * 3 * 8), Fans.of(3, 3, 16, 8));
    assertEquals((36 + 90) / 2.0, Fans.of(3, 3, 4, 10).average(), 0);
  }

  @Test
  void aScalarHasNoFans() {
    assertThrows(IllegalArgumentException.class, Fans::of);
  }
}
