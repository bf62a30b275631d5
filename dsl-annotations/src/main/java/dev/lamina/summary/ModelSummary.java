package dev.lamina.summary;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A network's layers with their output shapes, parameter counts and costs, printable as Keras's
 * {@code model.summary()} table (with an extra multiply-accumulates column).
 *
 * @param name the network's name (the interface's simple name)
 * @param inputShape one example's input shape, {@code {height, width, channels}}
 * @param layers one row per layer, in order
 */
public record ModelSummary(String name, int[] inputShape, List<LayerSummary> layers) {

  /** Bytes per parameter used for the memory figures, as Keras reports float32 weights. */
  private static final int BYTES_PER_PARAM = 4;

  /**
   * What a count too large for a {@code long} reads as: the totals (and a layer's multiply-accumulates)
   * saturate here instead of wrapping to a negative number, and the table prints them as
   * {@code TOO_LARGE}.
   */
  public static final long TOO_LARGE = Long.MAX_VALUE;

  /** @throws NullPointerException if an argument is null */
  public ModelSummary {
    Objects.requireNonNull(name, "name");
    inputShape = inputShape.clone();
    layers = List.copyOf(layers);
  }

  @Override
  public int[] inputShape() {
    return inputShape.clone();
  }

  /** Trainable parameters of all layers ({@link #TOO_LARGE} if too many for a {@code long}). */
  public long trainableParams() {
    return sum(layers.stream().mapToLong(LayerSummary::trainableParams));
  }

  /** Non-trainable parameters of all layers. */
  public long nonTrainableParams() {
    return sum(layers.stream().mapToLong(LayerSummary::nonTrainableParams));
  }

  /** All parameters: Keras's {@code Total params}. */
  public long totalParams() {
    return sum(java.util.stream.LongStream.of(trainableParams(), nonTrainableParams()));
  }

  /** The sum of non-negative counts, {@link #TOO_LARGE} if it does not fit a {@code long}. */
  private static long sum(java.util.stream.LongStream counts) {
    long total = 0;
    for (long c : counts.toArray()) {
      if (c >= TOO_LARGE - total) {
        return TOO_LARGE;
      }
      total += c;
    }
    return total;
  }

  /** A count with thousands separators, or {@code TOO_LARGE (over 9,223,372,036,854,775,806)}. */
  static String count(long count) {
    return count == TOO_LARGE ? String.format(Locale.ROOT, "TOO_LARGE (over %,d)", TOO_LARGE - 1)
        : String.format(Locale.ROOT, "%,d", count);
  }

  /** Multiply-accumulates of one example's forward pass ({@link #TOO_LARGE} if too many for a {@code long}). */
  public long macs() {
    return sum(layers.stream().mapToLong(LayerSummary::macs));
  }

  /** The table as Keras prints it, lines separated by {@code \n}, ending with a line break. */
  public String format() {
    return new SummaryTable(this).render();
  }

  /** The table, as {@link #format()}: {@code System.out.print(model.summary())} prints it. */
  @Override
  public String toString() {
    return format();
  }

  /**
   * A byte count as Keras 3 writes it next to parameter totals ({@code readable_memory_size}):
   * 1024-based units with two decimals, e.g. {@code 1.66 MB}, {@code 0.00 B}.
   */
  public static String readableBytes(long bytes) {
    String[] units = {"B", "KB", "MB", "GB", "TB"};
    double size = bytes;
    int unit = 0;
    while (size >= 1024 && unit < units.length - 1) {
      size /= 1024;
      unit++;
    }
    return String.format(Locale.ROOT, "%.2f %s", size, units[unit]);
  }

  /** A parameter total with its float32 size: {@code 435,306 (1.66 MB)}. */
  static String countWithSize(long count) {
    if (count == TOO_LARGE) {
      return count(count);
    }
    long bytes = count > TOO_LARGE / BYTES_PER_PARAM ? TOO_LARGE : count * BYTES_PER_PARAM;
    return String.format(Locale.ROOT, "%,d (%s)", count, readableBytes(bytes));
  }
}
