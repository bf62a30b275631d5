package dev.lamina.cli.run;

import dev.lamina.cli.data.Preprocessing;
import java.nio.file.Path;
import java.util.List;

/**
 * Where {@code lamina train} puts what it writes, under one run directory ({@link RunDirectory}).
 *
 * @param directory the run's directory
 */
public record RunFiles(Path directory) {
  /** Every file a run writes, directly in its directory (besides {@link #tensorBoardLogs()}). */
  public List<Path> files() {
    return List.of(bestCheckpoint(), lastCheckpoint(), historyCsv(), learningCurves(), summary(), results(),
        directory.resolve(Preprocessing.FILE_NAME));
  }

  /** The best checkpoint (lowest validation loss), written by {@code ModelCheckpoint}. */
  public Path bestCheckpoint() {
    return directory.resolve("best.lamina");
  }

  /** The checkpoint after the last epoch. */
  public Path lastCheckpoint() {
    return directory.resolve("last.lamina");
  }

  /** Per-epoch figures as CSV, one row per epoch, written as training goes. */
  public Path historyCsv() {
    return directory.resolve("history.csv");
  }

  /** The learning curves of every figure over the epochs. */
  public Path learningCurves() {
    return directory.resolve("learning-curves.png");
  }

  /** TensorBoard's log directory ({@code train/} and {@code validation/} inside). */
  public Path tensorBoardLogs() {
    return directory.resolve("logs");
  }

  /** The network's summary table. */
  public Path summary() {
    return directory.resolve("summary.txt");
  }

  /** The final evaluation on the test set, as JSON. */
  public Path results() {
    return directory.resolve("results.json");
  }
}
