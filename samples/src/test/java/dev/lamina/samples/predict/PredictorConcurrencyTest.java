package dev.lamina.samples.predict;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.runtime.predict.Predictor;
import dev.lamina.samples.nets.LaminaWholeNets_SmallFashionSeparableCnn;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * One predictor shared by 8 threads: 10,000 requests of mixed batch sizes (1 to 33 examples) give
 * exactly, bit for bit, what the same requests give made one after another on one thread.
 */
class PredictorConcurrencyTest {
  private static final int THREADS = 8;
  private static final int REQUESTS = 10_000;
  private static final int[] BATCH_SIZES = {1, 1, 1, 1, 2, 3, 5, 8, 9, 13, 33};

  @Test
  void eightThreadsGiveWhatOneThreadGives() throws Exception {
    // with the solo thread: the serial run's single examples go to it, the concurrent run's mostly not
    Predictor predictor = Predictor.builder(LaminaWholeNets_SmallFashionSeparableCnn.create(7)).replicas(THREADS)
        .soloThread(true).build();
    SplittableRandom random = new SplittableRandom(42);
    List<float[][]> requests = new ArrayList<>(REQUESTS);
    int examples = 0;
    for (int r = 0; r < REQUESTS; r++) {
      float[][] batch = new float[BATCH_SIZES[random.nextInt(BATCH_SIZES.length)]][28 * 28];
      for (float[] example : batch) {
        for (int i = 0; i < example.length; i++) {
          example[i] = (float) random.nextGaussian();
        }
      }
      requests.add(batch);
      examples += batch.length;
    }
    // serially: one after another, on one thread of its own (as a server's worker would)
    List<float[][]> serial = new ArrayList<>(REQUESTS);
    ExecutorService one = Executors.newSingleThreadExecutor();
    try {
      one.submit(() -> requests.forEach(r -> serial.add(predictor.predict(r)))).get();
    } finally {
      one.shutdownNow();
    }

    float[][][] concurrent = new float[REQUESTS][][];
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<Integer>> workers = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        workers.add(pool.submit(() -> {
          int done = 0;
          for (int r = next.getAndIncrement(); r < REQUESTS; r = next.getAndIncrement()) {
            concurrent[r] = predictor.predict(requests.get(r));
            done++;
          }
          return done;
        }));
      }
      int total = 0;
      for (Future<Integer> w : workers) {
        int done = w.get();
        assertTrue(done > 0, "every thread took part");
        total += done;
      }
      assertEquals(REQUESTS, total);
    } finally {
      pool.shutdownNow();
    }
    for (int r = 0; r < REQUESTS; r++) {
      assertEquals(serial.get(r).length, concurrent[r].length);
      for (int e = 0; e < serial.get(r).length; e++) {
        assertArrayEquals(serial.get(r)[e], concurrent[r][e], "request " + r + ", example " + e);
      }
    }
    assertTrue(examples > REQUESTS, examples + " examples");
  }
}
