package dev.lamina.runtime.init;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.dsl.Initializer;
import dev.lamina.runtime.param.Parameter;
import dev.lamina.runtime.param.Parameters;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;

/** Tensors laid out in flat buffers, in order, as views. */
class ParameterAllocatorTest {

  @Test
  void tensorsAreConsecutiveViewsOfTheFlatBuffers() {
    ParameterAllocator allocator = new ParameterAllocator(DataType.FLOAT, 3 * 3 * 1 * 2 + 2 + 2, 4, 5);
    Parameter kernel = allocator.trainable("conv", "kernel", Initializer.GLOROT_UNIFORM, 3, 3, 1, 2);
    Parameter bias = allocator.trainable("conv", "bias", Initializer.ONES, 2);
    Parameter gamma = allocator.trainable("norm", "gamma", Initializer.ONES, 2);
    Parameter mean = allocator.state("norm", "moving_mean", Initializer.ZEROS, 2);
    Parameter variance = allocator.state("norm", "moving_variance", Initializer.ONES, 2);
    Parameters p = allocator.build();

    assertArrayEquals(new long[] {3, 3, 1, 2}, kernel.shape());
    assertTrue(kernel.trainable());
    assertFalse(mean.trainable());
    assertEquals(1.0, p.values().getDouble(18), 0, "conv/bias follows the 18 kernel values");
    assertEquals(1.0, p.state().getDouble(2), 0, "moving_variance follows moving_mean");

    p.values().assign(3);
    assertEquals(3.0, kernel.value().getDouble(2, 2, 0, 1), 0);
    assertEquals(3.0, gamma.value().getDouble(1), 0);
    p.gradients().assign(-2);
    assertEquals(-2.0, bias.gradient().getDouble(0), 0);
    variance.value().assign(7);
    assertEquals(7.0, p.state().getDouble(3), 0);
    assertEquals(java.util.List.of(kernel, bias, gamma, mean, variance), p.all());
  }

  @Test
  void theBuffersMustBeFilledExactly() {
    ParameterAllocator tooBig = new ParameterAllocator(DataType.DOUBLE, 10, 0, 1);
    tooBig.trainable("d", "kernel", Initializer.ZEROS, 2, 4);
    assertThrows(IllegalStateException.class, tooBig::build);

    ParameterAllocator tooSmall = new ParameterAllocator(DataType.DOUBLE, 4, 0, 1);
    assertThrows(IllegalStateException.class,
        () -> tooSmall.trainable("d", "kernel", Initializer.ZEROS, 2, 4));
  }

  @Test
  void aNetworkWithoutParametersHasEmptyBuffers() {
    Parameters p = new ParameterAllocator(DataType.FLOAT, 0, 0, 1).build();
    assertEquals(0, p.trainableCount());
    assertTrue(p.all().isEmpty());
  }
}
