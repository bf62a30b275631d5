package dev.lamina.samples.predict;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.runtime.Model;
import dev.lamina.runtime.kernel.IntraOpThreads;
import dev.lamina.runtime.kernel.onednn.Onednn;
import dev.lamina.runtime.predict.Predictor;
import dev.lamina.samples.LaminaFashionCnn;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Single examples run with one OpenMP thread: the calling thread gets no OpenMP team (no worker thread is
 * created for it), the caller's own setting is left as it was, and the results are those of a predictor
 * that uses every thread.
 */
class PredictorThreadsTest {
  private static final Path TASKS = Path.of("/proc/self/task");

  @Test
  void aSingleExampleCreatesNoOpenMpWorkers() throws Exception {
    Assumptions.assumeTrue(Files.isDirectory(TASKS) && Onednn.available(), "needs Linux's /proc and oneDNN");
    Model model = LaminaFashionCnn.create(5);
    float[] example = example(11);
    Predictor single = Predictor.builder(model).replicas(1).build();
    Predictor threaded = Predictor.builder(model).replicas(1).singleThreadedUpTo(0).build();

    // OpenMP's workers are created by their team's first thread and inherit its name
    assertEquals(1, threadsNamedAfter("lamina-single", () -> single.predict(example)));
    // the control: the same call with OpenMP's threads creates a worker
    assertEquals(2, threadsNamedAfter("lamina-thread", () -> threaded.predict(example)));
  }

  @Test
  void theResultsAreThoseOfEveryThreadAndTheCallersSettingStays() throws Exception {
    Model model = LaminaFashionCnn.create(5);
    Predictor single = Predictor.builder(model).replicas(1).build();
    Predictor threaded = Predictor.builder(model).replicas(1).singleThreadedUpTo(0).build();
    CompletableFuture.runAsync(() -> {
      IntraOpThreads.set(2);
      for (int i = 0; i < 5; i++) {
        float[] x = example(i);
        assertArrayEquals(threaded.predict(x), single.predict(x), 1e-6f);
        assertEquals(2, IntraOpThreads.current(), "the caller's OpenMP setting after a single example");
      }
      float[][] batch = {example(7), example(8)};
      assertArrayEquals(threaded.predict(batch)[1], single.predict(batch)[1], 1e-6f);
    }).get();
    assertThrows(IllegalArgumentException.class, () -> Predictor.builder(model).singleThreadedUpTo(-1));
    assertThrows(IllegalArgumentException.class, () -> IntraOpThreads.set(0));
    assertTrue(single.toString().contains("single-threaded up to 1"), single.toString());
  }

  @Test
  void aLoneSingleExampleRunsOnTheSoloThreadWithTheCallingThreadsResults() throws Exception {
    Assumptions.assumeTrue(Runtime.getRuntime().availableProcessors() > 1, "needs two CPUs");
    Model model = LaminaFashionCnn.create(5);
    Predictor solo = Predictor.builder(model).replicas(1).soloThread(true).build();
    Predictor caller = Predictor.builder(model).replicas(1).build();
    CompletableFuture.runAsync(() -> {
      // the first calls measure the solo thread: every OpenMP thread, a replica of its own
      for (int i = 0; i < 8; i++) {
        float[] x = example(20 + i);
        assertArrayEquals(caller.predict(x), solo.predict(x), "example " + i + ", bit for bit");
      }
    }).get();
    assertTrue(Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("lamina-solo-FashionCnn")),
        "the solo thread ran");
    assertTrue(solo.toString().contains("solo thread: solo"), solo.toString());
    assertTrue(!caller.toString().contains("solo thread"), caller.toString());
  }

  /** Runs {@code call} on a new thread of that name (set to two OpenMP threads); its threads' count after. */
  private static long threadsNamedAfter(String name, Runnable call) throws Exception {
    AtomicReference<Object> result = new AtomicReference<>();
    Thread probe = new Thread(() -> {
      try {
        IntraOpThreads.set(2);
        for (int i = 0; i < 3; i++) {
          call.run();
        }
        result.set(count(name));
      } catch (Throwable e) {
        result.set(e);
      }
    }, name);
    probe.start();
    probe.join();
    if (result.get() instanceof Throwable e) {
      throw new ExecutionException(e);
    }
    return (Long) result.get();
  }

  private static long count(String name) throws IOException {
    try (Stream<Path> tasks = Files.list(TASKS)) {
      return tasks.filter(t -> {
        try {
          return Files.readString(t.resolve("comm")).strip().equals(name);
        } catch (IOException e) {
          return false;            // the thread ended meanwhile
        }
      }).count();
    }
  }

  private static float[] example(int seed) {
    SplittableRandom random = new SplittableRandom(seed);
    float[] x = new float[784];
    for (int i = 0; i < x.length; i++) {
      x[i] = (float) random.nextGaussian();
    }
    return x;
  }
}
