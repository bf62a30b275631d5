package dev.lamina.bench.compile;

import java.util.List;

/** How javac treats annotation processing in a timed compilation of a {@code @Network} interface. */
public enum ProcessingMode {
  /** {@code -proc:none}: the interface alone, as if Lamina's processor were not there. */
  WITHOUT_PROCESSOR("without processor", List.of("-proc:none")),
  /**
   * The processor found on the processor path (as Maven's {@code annotationProcessorPaths} gives it): checks, the generated {@code Lamina<Name>} source, and
   * its compilation, as a user's build does.
   */
  WITH_PROCESSOR("with processor", List.of()),
  /** {@code -proc:only}: parsing and processing, the generated source written but not compiled. */
  PROCESSING_ONLY("processing only", List.of("-proc:only"));

  private final String description;
  private final List<String> options;

  ProcessingMode(String description, List<String> options) {
    this.description = description;
    this.options = options;
  }

  /** Words for tables. */
  public String description() {
    return description;
  }

  /** The javac options that select the mode. */
  public List<String> options() {
    return options;
  }
}
