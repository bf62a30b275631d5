package dev.lamina.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.runtime.GradientTarget;
import dev.lamina.runtime.LayerProfiler;
import dev.lamina.runtime.Model;
import java.util.ConcurrentModificationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A model is not thread-safe; a second thread entering it while another is inside fails fast with a
 * clear message instead of corrupting buffers or crashing the native kernels.
 */
class ConcurrentUseTest {
  private final Model model = LaminaFashionSeparableCnn.create(3);
  private final INDArray batch = Nd4j.rand(DataType.FLOAT, 2, 28, 28, 1);

  /** Holds thread A inside {@code forward} (in its first layer's profiler call) until released. */
  private static final class Gate implements LayerProfiler {
    final CountDownLatch inside = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);

    @Override
    public void record(String layer, Pass pass, long nanos) {
      if (inside.getCount() > 0) {
        inside.countDown();
        try {
          release.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }
  }

  @Test
  void aSecondThreadInsideForwardGetsAClearException() throws Exception {
    Gate gate = new Gate();
    model.profile(gate);
    CompletableFuture<INDArray> first = CompletableFuture.supplyAsync(() -> model.forward(batch, true).dup());
    assertTrue(gate.inside.await(30, TimeUnit.SECONDS), "the first thread never entered forward");

    ConcurrentModificationException e = assertThrows(ConcurrentModificationException.class,
        () -> model.forward(batch, false));
    assertTrue(e.getMessage().startsWith("FashionSeparableCnn is in use by thread \""), e.getMessage());
    assertTrue(e.getMessage().contains("\" while thread \"" + Thread.currentThread().getName() + "\" calls it: a model"
        + " is not thread-safe; give each thread its own model"), e.getMessage());
    assertThrows(ConcurrentModificationException.class,
        () -> model.backward(Nd4j.zeros(DataType.FLOAT, 2, 10), GradientTarget.OUTPUT));

    gate.release.countDown();
    INDArray fromFirst = first.get(30, TimeUnit.SECONDS);
    model.profile(null);
    // once the first thread is out, this one may use the model, and the first result was not disturbed
    assertEquals(fromFirst, model.forward(batch, true));
  }

  @Test
  void oneThreadMayUseTheModelOverAndOver() {
    INDArray first = model.forward(batch, false).dup();
    for (int i = 0; i < 3; i++) {
      assertEquals(first, model.forward(batch, false));
    }
    model.forward(batch, true);
    model.backward(Nd4j.zeros(DataType.FLOAT, 2, 10), GradientTarget.OUTPUT);
  }
}
