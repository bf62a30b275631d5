package dev.lamina.runtime.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Buffers per batch size: created once, reused, the least recently used dropped beyond capacity. */
class BatchCacheTest {

  @Test
  void createsOncePerBatchSizeAndDropsTheLeastRecentlyUsed() {
    List<Integer> created = new ArrayList<>();
    BatchCache<int[]> cache = new BatchCache<>(2, n -> {
      created.add(n);
      return new int[n];
    });
    int[] thirtyTwo = cache.get(32);
    assertSame(thirtyTwo, cache.get(32));
    int[] last = cache.get(7);
    cache.get(32);
    cache.get(5);
    assertEquals(2, cache.size());
    assertSame(thirtyTwo, cache.get(32), "32 was used more recently than 7");
    assertNotSame(last, cache.get(7), "7 was dropped and is created again");
    assertEquals(List.of(32, 7, 5, 7), created);
  }

  @Test
  void rejectsEmptyBatchesAndCapacities() {
    assertThrows(IllegalArgumentException.class, () -> new BatchCache<>(0, n -> n));
    assertThrows(IllegalArgumentException.class, () -> new BatchCache<>(1, n -> n).get(0));
  }
}
