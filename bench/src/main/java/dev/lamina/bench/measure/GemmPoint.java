package dev.lamina.bench.measure;

/**
 * The best time of a square single-precision matrix product, {@code C = A B} with {@code A}, {@code B},
 * {@code C} all {@code size x size}.
 *
 * @param size the matrices' order
 * @param bestMillis the fastest of the timed calls, milliseconds
 * @param gflops {@code 2 size^3 / bestMillis}, in GFLOP/s
 */
public record GemmPoint(int size, double bestMillis, double gflops) {
  /** FLOPs of one product: {@code 2 n^3} (one multiply and one add per term). */
  public static double flops(int size) {
    return 2.0 * size * size * size;
  }
}
