package dev.lamina.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.runtime.MemoryAllocationException;
import dev.lamina.runtime.Model;
import dev.lamina.samples.nets.LaminaMemoryNets_Enormous;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A generated network whose buffers cannot be allocated says which network, layer, batch size and how
 * many bytes, instead of JavaCPP's {@code OutOfMemoryError} (issue 17). A batch of 131,072 of
 * {@code Enormous} asks for 1.1 PB in one array, beyond any address space, so the allocator refuses it
 * at once without touching memory.
 */
class MemoryAllocationTest {

  @Test
  void buffersTooLargeForTheMachineNameNetworkLayerBatchAndBytes() {
    Model model = LaminaMemoryNets_Enormous.create(1);
    int batch = 131_072;
    MemoryAllocationException e = assertThrows(MemoryAllocationException.class,
        () -> model.forward(Nd4j.zeros(DataType.FLOAT, batch, 1, 1, 1), false));
    assertEquals("Enormous", e.network());
    assertEquals("up", e.layer());
    assertEquals(batch, e.batchSize());
    assertEquals(4L * batch * 46340 * 46340, e.bytes());
    assertTrue(e.getMessage().startsWith("network Enormous, layer up: cannot allocate 1,125,853,744,332,800 bytes "
        + "for its buffers for batch size 131072 ("), e.getMessage());
  }
}
