package dev.lamina.processor.model;

/**
 * A per-axis pair of sizes, {@code (height, width)}, as written in an annotation either as one value
 * ({@code kernelSize = 3}) or as two ({@code kernelSize = {3, 5}}).
 */
public record Pair(int height, int width) {

  /** The same value on both axes. */
  public static Pair square(int size) {
    return new Pair(size, size);
  }

  /** Whether both values are positive. */
  public boolean positive() {
    return height > 0 && width > 0;
  }

  /** {@code 3x3}. */
  public String describe() {
    return height + "x" + width;
  }

  /** Java source form: {@code 3} when square, else {@code {3, 5}}. */
  public String source() {
    return height == width ? Integer.toString(height) : "{" + height + ", " + width + "}";
  }
}
