package dev.lamina.runtime.kernel;

import org.nd4j.nativeblas.NativeOps;
import org.nd4j.nativeblas.NativeOpsHolder;

/**
 * How many OpenMP threads the calling thread's kernels use: OpenMP's {@code nthreads} setting, which is
 * kept per thread, and which oneDNN and libnd4j read through the one OpenMP runtime they share
 * ({@code libgomp}, loaded once by ND4J).
 *
 * <p>Why it matters: every thread that enters a parallel region gets an OpenMP team of its own (the
 * thread and {@code nthreads - 1} workers). With more team threads than CPUs, libgomp stops letting idle
 * workers spin and puts them to sleep, so that each parallel region (each layer) first waits for a
 * futex wake-up; a single example's layers take 5 to 150 microseconds, and those wake-ups doubled the
 * forward pass ({@code dev.lamina.runtime.predict.Predictor} runs single examples with one thread). A call
 * that runs with one thread creates no team and wakes nothing.
 *
 * <p>oneDNN fixes a primitive's thread count when it creates the primitive (from this setting), so a
 * caller must use the same setting for every call with the same primitives.
 */
public final class IntraOpThreads {
  private static final NativeOps OPS = NativeOpsHolder.getInstance().getDeviceNativeOps();

  private IntraOpThreads() {}

  /** The calling thread's OpenMP thread count ({@code omp_get_max_threads()}). */
  public static int current() {
    return OPS.ompGetMaxThreads();
  }

  /**
   * Sets the calling thread's OpenMP thread count ({@code omp_set_num_threads}); other threads keep
   * theirs.
   *
   * @param threads at least 1
   * @return the count before, to restore it with another call
   * @throws IllegalArgumentException if {@code threads} is below 1
   */
  public static int set(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
    int before = current();
    if (before != threads) {
      OPS.setOmpNumThreads(threads);
    }
    return before;
  }
}
