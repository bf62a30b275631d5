package dev.lamina.samples.cli;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where {@code lamina train} puts what it writes, under one output directory.
 *
 * @param directory the output directory
 */
public record RunFiles(Path directory) {
  /**
   * Creates the output directory, and its parents, if missing.
   *
   * @throws IOException if it cannot be created: the message names the directory and why
   */
  public void create() throws IOException {
    try {
      Files.createDirectories(directory);
    } catch (FileSystemException e) {
      String where = e.getFile() == null
          || Path.of(e.getFile()).toAbsolutePath().equals(directory.toAbsolutePath()) ? "" : e.getFile() + ": ";
      throw new IOException("cannot create output directory " + directory + ": " + where
          + ErrorMessages.reason(e), e);
    }
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
