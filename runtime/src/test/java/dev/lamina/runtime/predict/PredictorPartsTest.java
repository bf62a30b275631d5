package dev.lamina.runtime.predict;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.runtime.Model;
import dev.lamina.runtime.testing.TestNet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The predictor's parts: chunk sizes, the replica pool, preprocessing records, softmax and top-k. */
class PredictorPartsTest {

  @Test
  void batchesRunAsChunksOfTheLargestSizeThatFits() {
    BatchPlan plan = BatchPlan.DEFAULT;
    int remaining = 45;
    StringBuilder chunks = new StringBuilder();
    while (remaining > 0) {
      int size = plan.next(remaining);
      chunks.append(size).append(' ');
      remaining -= size;
    }
    assertEquals("32 8 1 1 1 1 1 ", chunks.toString());
    assertArrayEquals(new int[] {16, 4, 1}, BatchPlan.of(1, 16, 4).sizes());
    assertThrows(IllegalArgumentException.class, () -> BatchPlan.of(8, 2));
    assertThrows(IllegalArgumentException.class, () -> BatchPlan.of(64, 16, 4, 1));
    assertThrows(IllegalArgumentException.class, () -> BatchPlan.of(4, 4, 1));
  }

  @Test
  void thePoolCreatesReplicasOnDemandUpToItsCapacityThenWaits() throws Exception {
    Model prototype = TestNet.builder(new int[] {2, 2, 1}, 3).build();
    ReplicaPool pool = new ReplicaPool(prototype, 2, dev.lamina.runtime.kernel.Precision.FP32);
    Replica a = pool.acquire();
    Replica b = pool.acquire();
    assertNotSame(a, b);
    assertNotSame(prototype, a.model());
    assertEquals(2, pool.created());
    CompletableFuture<Replica> third = CompletableFuture.supplyAsync(pool::acquire);
    assertThrows(TimeoutException.class, () -> third.get(300, TimeUnit.MILLISECONDS));
    pool.release(b);
    assertSame(b, third.get(30, TimeUnit.SECONDS));
    assertEquals(2, pool.created());
    pool.release(a);
    assertSame(a, pool.acquire(), "the most recently returned replica is taken first");
  }

  @Test
  void preprocessingIsReadFromTheRunsFileAndCheckedField(@TempDir Path dir) throws IOException {
    Path file = dir.resolve(ImagePreprocessing.FILE_NAME);
    Files.writeString(file, "{\"mean\": 72.94, \"std\": 89.99, \"validationSize\": 5000, \"trainLimit\": 0}");
    assertEquals(new ImagePreprocessing(72.94, 89.99), ImagePreprocessing.read(file));
    assertEquals(new ImagePreprocessing(72.94, 89.99), ImagePreprocessing.besides(dir.resolve("best.lamina")).get());
    assertTrue(ImagePreprocessing.besides(dir.resolve("sub").resolve("best.lamina")).isEmpty());
    Files.writeString(file, "{\"mean\": \"a lot\", \"std\": 1}");
    IOException e = assertThrows(IOException.class, () -> ImagePreprocessing.read(file));
    assertTrue(e.getMessage().endsWith(": \"mean\" must be a number, found \"a lot\""), e.getMessage());
    Files.writeString(file, "{\"mean\": 1, \"std\": 0}");
    assertTrue(assertThrows(IOException.class, () -> ImagePreprocessing.read(file)).getMessage()
        .contains("a positive, finite std"));
    Files.writeString(file, "{\"mean\": 1,");
    assertTrue(assertThrows(IOException.class, () -> ImagePreprocessing.read(file)).getMessage()
        .contains("is not valid JSON"));
    float[] v = {0, 255};
    new ImagePreprocessing(127.5, 127.5).apply(v);
    assertArrayEquals(new float[] {-1, 1}, v);
  }

  @Test
  void softmaxAndTopK() {
    float[] p = {1, 3, 3, -2};
    Probabilities.softmaxInPlace(p);
    double e1 = Math.exp(-2);
    double sum = e1 + 2 + Math.exp(-5);
    assertEquals(e1 / sum, p[0], 1e-7);
    assertEquals(1 / sum, p[1], 1e-7);
    List<ClassScore> top = Probabilities.top(p, 3, List.of("a", "b", "c", "d"));
    assertEquals(List.of(1, 2, 0), top.stream().map(ClassScore::index).toList());
    assertEquals("b", top.get(0).label());
    assertEquals("3", Probabilities.top(p, 4, List.of()).get(3).index() + "");
  }
}
