package dev.lamina.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.runtime.init.ParameterAllocator;
import dev.lamina.runtime.kernel.BufferOps;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * A failed allocation names the network, the layer, the batch size and the bytes. The sizes asked for
 * here (256 TiB, 64 TiB) exceed any address space, so the allocator refuses them at once without
 * touching memory.
 */
class MemoryAllocationExceptionTest {

  @Test
  void bufferOfALayer() {
    MemoryAllocationException e = assertThrows(MemoryAllocationException.class,
        () -> BufferOps.allocate("Huge", "conv3", DataType.FLOAT, 2, 1 << 20, 1 << 20, 1 << 5));
    assertEquals("Huge", e.network());
    assertEquals("conv3", e.layer());
    assertEquals(2, e.batchSize());
    assertEquals(1L << 48, e.bytes());
    assertTrue(e.getMessage().startsWith("network Huge, layer conv3: cannot allocate 281,474,976,710,656 bytes for "
        + "its buffers for batch size 2 ("), e.getMessage());
    assertTrue(e.getMessage().endsWith("Use a smaller batch, give the JVM more memory (-Xmx,"
        + " -Dorg.bytedeco.javacpp.maxbytes), or declare a smaller input."), e.getMessage());
  }

  @Test
  void parameters() {
    MemoryAllocationException e = assertThrows(MemoryAllocationException.class,
        () -> new ParameterAllocator("Huge", DataType.FLOAT, 1L << 44, 0, 1));
    assertEquals("Huge", e.network());
    assertEquals(MemoryAllocationException.NO_BATCH, e.batchSize());
    assertEquals(2 * (1L << 44) * 4, e.bytes());
    assertTrue(e.getMessage().contains("cannot allocate 140,737,488,355,328 bytes for its parameters"), e.getMessage());
  }

  @Test
  void byteCountsSaturate() {
    assertEquals(Long.MAX_VALUE, MemoryAllocationException.bytes(4, 1L << 31, 1L << 31, 1L << 31));
    assertEquals(24, MemoryAllocationException.bytes(4, 2, 3));
  }
}
