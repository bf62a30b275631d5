package dev.lamina.bench.fuzz;

/**
 * One defect a fuzz campaign found.
 *
 * @param kind {@code BROKEN}, {@code FAILED} or {@code CRASHED}
 * @param network the network
 * @param dataType the data type it ran in ({@code FLOAT} or {@code DOUBLE}; empty for a compilation)
 * @param detail javac's errors, the exception, or the exit status and the crashing native frame
 */
public record FuzzFailure(String kind, FuzzNetwork network, String dataType, String detail) {
  /** The kind, the seed, the detail and the network's source. */
  public String describe() {
    return kind + " " + network.className() + " (seed " + network.seed() + ")"
        + (dataType.isEmpty() ? "" : " in " + dataType) + ": " + detail + "\n" + network.source();
  }
}
