package dev.lamina.bench.measure;

import java.lang.management.ManagementFactory;

/**
 * Java heap bytes allocated by the current thread, from HotSpot's
 * {@code com.sun.management.ThreadMXBean}: a monotone counter (garbage collection does not lower
 * it), so a difference is what a piece of code allocated, whether it became garbage or not.
 */
public final class HeapAllocation {
  private static final com.sun.management.ThreadMXBean THREADS = threads();

  private HeapAllocation() {}

  /** Bytes the current thread has allocated since it started. */
  public static long currentThread() {
    return THREADS.getCurrentThreadAllocatedBytes();
  }

  private static com.sun.management.ThreadMXBean threads() {
    if (!(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean bean)) {
      throw new IllegalStateException("this JVM (" + System.getProperty("java.vm.name")
          + ") does not count allocated bytes per thread; run the benchmark on a HotSpot JVM (OpenJDK)");
    }
    if (!bean.isThreadAllocatedMemorySupported()) {
      throw new IllegalStateException("this JVM does not support thread allocation counting");
    }
    bean.setThreadAllocatedMemoryEnabled(true);
    return bean;
  }
}
