package dev.lamina.bench.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MeasureTest {
  @Test
  void procStatusReadsResidentAndPeakMemory() {
    ProcStatus s = ProcStatus.parse(List.of("Name:\tjava", "VmPeak:\t 9000000 kB", "VmHWM:\t  1777274 kB",
        "VmRSS:\t  1500000 kB", "Threads:\t40"));
    assertEquals(1_500_000L * 1024, s.rssBytes());
    assertEquals(1_777_274L * 1024, s.peakRssBytes());
  }

  @Test
  void procStatusWithoutPeakIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ProcStatus.parse(List.of("VmRSS:\t 10 kB")));
    assertEquals("/proc status has no VmHWM line", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> ProcStatus.parse(List.of("VmRSS:\t 10 MB", "VmHWM: 1 kB")));
    assertEquals("/proc status line 'VmRSS:\t 10 MB': expected '<n> kB'", e.getMessage());
  }

  @Test
  void thisProcessHasAPeakAtLeastItsResidentSet() {
    ProcStatus s = ProcStatus.read();
    assertTrue(s.rssBytes() > 0);
    assertTrue(s.peakRssBytes() >= s.rssBytes());
  }

  @Test
  void cpuModelIsTheFirstModelName() {
    assertEquals(Optional.of("AMD EPYC 9B45 128-Core Processor"), Machine.cpuModel(List.of("processor\t: 0",
        "vendor_id\t: AuthenticAMD", "model\t\t: 17", "model name\t: AMD EPYC  9B45 128-Core Processor",
        "model name\t: other")));
    assertEquals(Optional.empty(), Machine.cpuModel(List.of("processor\t: 0", "model\t\t: 17")));
  }

  @Test
  void heapAllocationCountsWhatThisThreadAllocates() {
    long before = HeapAllocation.currentThread();
    long[][] garbage = new long[64][];
    for (int i = 0; i < garbage.length; i++) {
      garbage[i] = new long[1024];
    }
    long allocated = HeapAllocation.currentThread() - before;
    assertTrue(allocated >= 64 * 1024 * 8, "allocated " + allocated + " of " + garbage.length + " arrays");
  }

  @Test
  void medianMinMax() {
    assertEquals(2.0, Stats.median(List.of(3.0, 1.0, 2.0)));
    assertEquals(2.5, Stats.median(List.of(4.0, 1.0, 2.0, 3.0)));
    assertEquals(1.0, Stats.min(List.of(4.0, 1.0, 2.0)));
    assertEquals(4.0, Stats.max(List.of(4.0, 1.0, 2.0)));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Stats.median(List.of()));
    assertEquals("no measurements to summarize", e.getMessage());
  }

  @Test
  void windowFiguresPerStep() {
    WindowFigures f = new WindowFigures(300, 9600, 4.8, 3_000_000, 600, 0, 1, 5);
    assertEquals(2000, f.samplesPerSecond(), 1e-9);
    assertEquals(16, f.millisPerStep(), 1e-9);
    assertEquals(10_000, f.heapBytesPerStep(), 1e-9);
    assertEquals(2, f.nativeObjectsPerStep(), 1e-9);
  }

  @Test
  void gemmCeilingIsTheBestSize() {
    GemmCeiling c = new GemmCeiling(List.of(new GemmPoint(1024, 10, 214.7), new GemmPoint(2048, 70, 245.4)));
    assertEquals(245.4, c.gflops());
    assertEquals(2.0 * 1024 * 1024 * 1024, GemmPoint.flops(1024));
    assertThrows(IllegalArgumentException.class, () -> new GemmCeiling(List.of()));
  }
}
