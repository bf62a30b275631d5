package dev.lamina.bench.result;

/**
 * The thread settings a run used.
 *
 * @param nd4jMaxThreads {@code Nd4j.getEnvironment().maxThreads()}: libnd4j's threads per op
 * @param nd4jMaxMasterThreads {@code Nd4j.getEnvironment().maxMasterThreads()}
 * @param blasThreads {@code Nd4j.factory().blas().getMaxThreads()}: OpenBLAS's threads
 * @param ompNumThreads the {@code OMP_NUM_THREADS} environment variable (oneDNN's and OpenMP's
 *     threads), or null if unset
 * @param ompWaitPolicy the {@code OMP_WAIT_POLICY} environment variable, or null if unset: whether idle
 *     OpenMP threads spin ({@code ACTIVE}) or sleep ({@code PASSIVE}); on a machine busy with other
 *     work, spinning threads slow every op down many times
 * @param openblasCoreType the {@code OPENBLAS_CORETYPE} environment variable, or null if unset
 */
public record Threads(int nd4jMaxThreads, int nd4jMaxMasterThreads, int blasThreads, String ompNumThreads,
    String ompWaitPolicy, String openblasCoreType) {

  /** One line for reports, e.g. {@code ND4J 2 (master 2), BLAS 2, OMP_NUM_THREADS=2}. */
  public String describe() {
    return "ND4J " + nd4jMaxThreads + " (master " + nd4jMaxMasterThreads + "), BLAS " + blasThreads
        + ", OMP_NUM_THREADS=" + (ompNumThreads == null ? "unset" : ompNumThreads)
        + (ompWaitPolicy == null ? "" : ", OMP_WAIT_POLICY=" + ompWaitPolicy)
        + (openblasCoreType == null ? "" : ", OPENBLAS_CORETYPE=" + openblasCoreType);
  }
}
