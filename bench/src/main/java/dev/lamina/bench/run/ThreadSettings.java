package dev.lamina.bench.run;

import dev.lamina.bench.result.Threads;
import org.nd4j.linalg.factory.Environment;
import org.nd4j.linalg.factory.Nd4j;

/**
 * ND4J's thread counts. libnd4j's own loops follow {@code maxThreads}/{@code maxMasterThreads},
 * OpenBLAS its own setting, and the oneDNN kernels OpenMP's, which only the environment variable
 * {@code OMP_NUM_THREADS} sets before the native library loads (the {@code run} command sets it for the
 * JVMs it starts).
 */
final class ThreadSettings {
  private ThreadSettings() {}

  /**
   * Sets every thread count ND4J exposes to {@code threads}, or leaves ND4J's defaults (one thread per
   * logical CPU) when it is 0, and returns the settings in force.
   *
   * @throws IllegalArgumentException if {@code threads} is negative
   */
  static Threads apply(int threads) {
    if (threads < 0) {
      throw new IllegalArgumentException("--threads must be >= 0 (0: ND4J's default), got " + threads);
    }
    Environment environment = Nd4j.getEnvironment();
    if (threads > 0) {
      environment.setMaxThreads(threads);
      environment.setMaxMasterThreads(threads);
      Nd4j.factory().blas().setMaxThreads(threads);
    }
    return new Threads(environment.maxThreads(), environment.maxMasterThreads(), Nd4j.factory().blas().getMaxThreads(),
        System.getenv("OMP_NUM_THREADS"), System.getenv("OMP_WAIT_POLICY"), System.getenv("OPENBLAS_CORETYPE"));
  }
}
