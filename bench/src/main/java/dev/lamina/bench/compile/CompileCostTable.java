package dev.lamina.bench.compile;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/** The compile-cost figures as a markdown table, with the target of 50 ms added per network. */
public final class CompileCostTable {
  /** The processor's budget: compile time it may add per network. */
  public static final double TARGET_MILLIS = 50;

  private CompileCostTable() {}

  /** The table and a line on how it was measured. */
  public static String format(List<CompileCost> costs, int warmRepeats, int coldRepeats) {
    StringBuilder out = new StringBuilder();
    out.append("| network | without processor ms | with processor ms | processing only ms | added ms | within ")
        .append(fixed(TARGET_MILLIS, 0)).append(" ms | cold without ms | cold with ms | cold added ms |\n");
    out.append("| --- | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: |\n");
    for (CompileCost c : costs) {
      OptionalDouble added = c.warmAdded();
      out.append("| ").append(c.network().interfaceName())
          .append(" | ").append(cell(c.warm(ProcessingMode.WITHOUT_PROCESSOR)))
          .append(" | ").append(cell(c.warm(ProcessingMode.WITH_PROCESSOR)))
          .append(" | ").append(cell(c.warm(ProcessingMode.PROCESSING_ONLY)))
          .append(" | ").append(cell(added))
          .append(" | ").append(added.isPresent() ? (added.getAsDouble() < TARGET_MILLIS ? "yes" : "NO") : "–")
          .append(" | ").append(cell(c.cold(ProcessingMode.WITHOUT_PROCESSOR)))
          .append(" | ").append(cell(c.cold(ProcessingMode.WITH_PROCESSOR)))
          .append(" | ").append(cell(c.coldAdded())).append(" |\n");
    }
    out.append("\nMedians. Warm: ").append(warmRepeats).append(" in-process javac compilations per mode (javax.tools,"
        + " after untimed rounds over every network: javac already JIT-compiled, as in an IDE or build daemon;"
        + " the processor from a -processorpath, loaded anew by each compilation as Maven does). Cold: ").append(coldRepeats)
        .append(" separate javac processes per mode (JVM start included, as a one-shot build). Added = with processor"
            + " less without: the checks, writing Lamina<Name>.java and compiling it.\n");
    return out.toString();
  }

  private static String cell(OptionalDouble value) {
    return value.isPresent() ? fixed(value.getAsDouble(), 1) : "–";
  }

  private static String fixed(double value, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f", value);
  }
}
