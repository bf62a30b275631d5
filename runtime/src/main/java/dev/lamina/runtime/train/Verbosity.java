package dev.lamina.runtime.train;

/** How much {@code fit} prints, Keras's {@code verbose} 0, 1 and 2. */
public enum Verbosity {
  /** Nothing ({@code verbose=0}). */
  SILENT,
  /**
   * A progress bar per epoch ({@code verbose=1}): updated in place on a terminal, printed once at
   * the end of each epoch otherwise (CI logs).
   */
  PROGRESS_BAR,
  /** One line per epoch without a bar ({@code verbose=2}). */
  ONE_LINE_PER_EPOCH
}
