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

  /** Trainable parameters of all layers. */
  public long trainableParams() {
    return layers.stream().mapToLong(LayerSummary::trainableParams).sum();
  }

  /** Non-trainable parameters of all layers. */
  public long nonTrainableParams() {
    return layers.stream().mapToLong(LayerSummary::nonTrainableParams).sum();
  }

  /** All parameters: Keras's {@code Total params}. */
  public long totalParams() {
    return trainableParams() + nonTrainableParams();
  }

  /** Multiply-accumulates of one example's forward pass. */
  public long macs() {
    return layers.stream().mapToLong(LayerSummary::macs).sum();
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
    return String.format(Locale.ROOT, "%,d (%s)", count, readableBytes(count * BYTES_PER_PARAM));
  }
}
