package dev.lamina.bench.latency;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Times an engine: {@code threads} threads call it in a loop with batches of {@code batch} random
 * examples, first {@code warmupCalls} untimed calls each, then for {@code seconds}; every call's latency
 * is kept, and throughput is all timed examples over the timed window.
 */
final class LatencyMeasurement {
  private LatencyMeasurement() {}

  static LatencyFigures measure(Engine engine, String network, int exampleLength, int batch, int threads,
      int warmupCalls, double seconds) throws Exception {
    float[][] inputs = new float[threads][batch * exampleLength];
    SplittableRandom random = new SplittableRandom(7);
    for (float[] input : inputs) {
      for (int i = 0; i < input.length; i++) {
        input[i] = (float) random.nextGaussian();
      }
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch warm = new CountDownLatch(threads);
    long[] window = new long[2];
    try {
      List<Future<long[]>> workers = new ArrayList<>();
      long duration = (long) (seconds * 1e9);
      Object startLock = new Object();
      for (int t = 0; t < threads; t++) {
        float[] input = inputs[t];
        workers.add(pool.submit(() -> {
          for (int i = 0; i < warmupCalls; i++) {
            engine.run(input, batch);
          }
          warm.countDown();
          warm.await();
          long start;
          synchronized (startLock) {
            if (window[0] == 0) {
              window[0] = System.nanoTime();
            }
            start = window[0];
          }
          long[] latencies = new long[1 << 16];
          int n = 0;
          for (long now = System.nanoTime(); now - start < duration; ) {
            engine.run(input, batch);
            long end = System.nanoTime();
            if (n == latencies.length) {
              latencies = Arrays.copyOf(latencies, n * 2);
            }
            latencies[n++] = end - now;
            now = end;
          }
          return Arrays.copyOf(latencies, n);
        }));
      }
      List<long[]> all = new ArrayList<>();
      for (Future<long[]> w : workers) {
        all.add(w.get());
      }
      window[1] = System.nanoTime();
      long[] sorted = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
      double elapsed = (window[1] - window[0]) / 1e9;
      return new LatencyFigures(engine.name(), network, batch, threads, sorted.length,
          sorted[sorted.length / 2] / 1e3, sorted[Math.min(sorted.length - 1, (int) (sorted.length * 0.99))] / 1e3,
          sorted.length * (double) batch / elapsed);
    } finally {
      pool.shutdownNow();
    }
  }
}
