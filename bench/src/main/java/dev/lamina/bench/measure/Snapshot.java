package dev.lamina.bench.measure;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;

/**
 * The counters a measured window starts and ends with. {@link #begin()} reads the clock last and
 * {@link #end()} reads it first, and both read the heap counter next to the clock, so that neither
 * the time nor the allocation of reading {@code /proc} counts towards the window.
 *
 * @param nanos {@link System#nanoTime()}
 * @param heapBytes bytes the current thread has allocated on the Java heap since it started
 *     ({@code com.sun.management.ThreadMXBean.getThreadAllocatedBytes})
 * @param nativeObjects ND4J's native object counter (see {@link NativeObjects})
 * @param rssBytes the resident set size ({@code VmRSS})
 * @param gcCount garbage collections so far, all collectors
 * @param gcMillis milliseconds spent in them
 */
public record Snapshot(long nanos, long heapBytes, long nativeObjects, long rssBytes, long gcCount, long gcMillis) {

  /** Takes the counters at the start of a window. */
  public static Snapshot begin() {
    long rss = ProcStatus.read().rssBytes();
    long[] gc = gc();
    long nativeObjects = NativeObjects.count();
    long heap = HeapAllocation.currentThread();
    long nanos = System.nanoTime();
    return new Snapshot(nanos, heap, nativeObjects, rss, gc[0], gc[1]);
  }

  /** Takes the counters at the end of a window. */
  public static Snapshot end() {
    long nanos = System.nanoTime();
    long heap = HeapAllocation.currentThread();
    long nativeObjects = NativeObjects.count();
    long[] gc = gc();
    long rss = ProcStatus.read().rssBytes();
    return new Snapshot(nanos, heap, nativeObjects, rss, gc[0], gc[1]);
  }

  /** What happened between {@code start} and this snapshot, over {@code steps} steps of {@code samples} examples. */
  public WindowFigures since(Snapshot start, int steps, long samples) {
    return new WindowFigures(steps, samples, (nanos - start.nanos) / 1e9, heapBytes - start.heapBytes,
        nativeObjects - start.nativeObjects - 1, rssBytes - start.rssBytes, gcCount - start.gcCount,
        gcMillis - start.gcMillis);
  }

  private static long[] gc() {
    long count = 0;
    long millis = 0;
    for (GarbageCollectorMXBean bean : ManagementFactory.getGarbageCollectorMXBeans()) {
      count += Math.max(0, bean.getCollectionCount());
      millis += Math.max(0, bean.getCollectionTime());
    }
    return new long[] {count, millis};
  }
}
