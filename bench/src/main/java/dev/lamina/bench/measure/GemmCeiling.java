package dev.lamina.bench.measure;

import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A practical ceiling for the machine's float32 throughput: the best rate of large square SGEMMs
 * ({@code Nd4j.gemm} into a preallocated {@code C}, i.e. OpenBLAS with ND4J's threads), against which
 * a network's achieved GFLOP/s are put.
 *
 * @param points one per measured size
 */
public record GemmCeiling(List<GemmPoint> points) {

  /** @throws IllegalArgumentException if there are no points */
  public GemmCeiling {
    points = List.copyOf(points);
    if (points.isEmpty()) {
      throw new IllegalArgumentException("a GEMM ceiling needs at least one measured size");
    }
  }

  /** The best rate over all sizes, GFLOP/s. */
  public double gflops() {
    return points.stream().mapToDouble(GemmPoint::gflops).max().orElseThrow();
  }

  /**
   * Measures each size: two untimed calls, then the best of {@code repeats} timed ones.
   *
   * @throws IllegalArgumentException if a size or {@code repeats} is not positive
   */
  public static GemmCeiling measure(List<Integer> sizes, int repeats) {
    if (repeats < 1) {
      throw new IllegalArgumentException("GEMM repeats must be >= 1, got " + repeats);
    }
    List<GemmPoint> points = new ArrayList<>();
    for (int n : sizes) {
      if (n < 1) {
        throw new IllegalArgumentException("GEMM sizes must be >= 1, got " + n);
      }
      INDArray a = Nd4j.rand(DataType.FLOAT, n, n);
      INDArray b = Nd4j.rand(DataType.FLOAT, n, n);
      INDArray c = Nd4j.create(DataType.FLOAT, n, n);
      for (int i = 0; i < 2; i++) {
        Nd4j.gemm(a, b, c, false, false, 1.0, 0.0);
      }
      long best = Long.MAX_VALUE;
      for (int i = 0; i < repeats; i++) {
        long t0 = System.nanoTime();
        Nd4j.gemm(a, b, c, false, false, 1.0, 0.0);
        best = Math.min(best, System.nanoTime() - t0);
      }
      points.add(new GemmPoint(n, best / 1e6, GemmPoint.flops(n) / best));
      a.close();
      b.close();
      c.close();
    }
    return new GemmCeiling(points);
  }
}
