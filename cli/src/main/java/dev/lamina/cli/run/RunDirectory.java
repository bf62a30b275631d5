package dev.lamina.cli.run;

import dev.lamina.cli.ErrorMessages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The directory of one training run. Runs never overwrite each other unless asked: without
 * {@code --output-dir} a run gets a fresh directory under {@code runs/} ({@code runs/fashioncnn}, then
 * {@code runs/fashioncnn-2}, ...; created atomically, so two runs started at once get two); a directory
 * named with {@code --output-dir} must be new or empty, or the run is refused unless
 * {@code --overwrite} replaces the earlier run's files (its TensorBoard logs included, so that the log
 * directory holds one run).
 *
 * @param path the directory
 * @param created whether this run created it (then {@link #discard()} may remove it)
 * @param note what the user should know about the choice, or empty
 */
public record RunDirectory(Path path, boolean created, String note) {
  /** Where runs go without {@code --output-dir}. */
  public static final Path RUNS = Path.of("runs");

  /**
   * A fresh directory for a run of {@code network} under {@code root}: {@code root/<network>} in
   * lower case, or the first of {@code root/<network>-2}, {@code -3}, ... that does not exist yet.
   *
   * @throws IOException if it cannot be created; the message names it and says why
   */
  public static RunDirectory fresh(Path root, String network) throws IOException {
    String base = network.toLowerCase(Locale.ROOT);
    createParents(root.resolve(base));
    for (int n = 1; ; n++) {
      Path candidate = root.resolve(n == 1 ? base : base + "-" + n);
      try {
        Files.createDirectory(candidate);
        String earlier = n == 2 ? root.resolve(base) + " holds an earlier run"
            : root.resolve(base) + " to " + root.resolve(base + "-" + (n - 1)) + " hold earlier runs";
        return new RunDirectory(candidate, true, n == 1 ? "" : earlier + "; writing to " + candidate
            + " (choose the directory with --output-dir)");
      } catch (FileAlreadyExistsException e) {
        // taken by an earlier (or a concurrent) run: try the next name
      } catch (FileSystemException e) {
        throw cannotCreate(candidate, e);
      }
    }
  }

  /**
   * The directory {@code --output-dir} names: created when missing, used when empty, refused when it
   * holds anything unless {@code overwrite}, which deletes the files a run writes there (and its
   * {@code logs/}) first; other files are left.
   *
   * @throws IOException if it cannot be created (the message says why) or cleared
   * @throws RunExistsException if it holds files and {@code overwrite} is false
   */
  public static RunDirectory named(Path directory, boolean overwrite) throws IOException {
    if (Files.isDirectory(directory)) {
      List<Path> present = contents(directory);
      if (present.isEmpty()) {
        return new RunDirectory(directory, false, "");
      }
      if (!overwrite) {
        throw new RunExistsException(directory, present);
      }
      RunFiles files = new RunFiles(directory);
      for (Path file : files.files()) {
        Files.deleteIfExists(file);
      }
      deleteTree(files.tensorBoardLogs());
      return new RunDirectory(directory, false, "overwriting the run in " + directory);
    }
    try {
      createParents(directory);
      Files.createDirectory(directory);
    } catch (FileSystemException e) {
      throw cannotCreate(directory, e);
    }
    return new RunDirectory(directory, true, "");
  }

  /** Removes the directory when this run created it and left it empty (a run that failed before writing). */
  public void discard() {
    try {
      if (created && contents(path).isEmpty()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      // Leaving an empty directory behind is harmless.
    }
  }

  /** The run's files. */
  public RunFiles files() {
    return new RunFiles(path);
  }

  private static void createParents(Path directory) throws IOException {
    Path parent = directory.toAbsolutePath().getParent();
    if (parent != null) {
      try {
        Files.createDirectories(parent);
      } catch (FileSystemException e) {
        throw cannotCreate(directory, e);
      }
    }
  }

  private static IOException cannotCreate(Path directory, FileSystemException e) {
    String where = e.getFile() == null
        || Path.of(e.getFile()).toAbsolutePath().equals(directory.toAbsolutePath()) ? "" : e.getFile() + ": ";
    return new IOException("cannot create output directory " + directory + ": " + where + ErrorMessages.reason(e), e);
  }

  private static List<Path> contents(Path directory) throws IOException {
    try (Stream<Path> children = Files.list(directory)) {
      return children.sorted().toList();
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> all = Files.walk(root)) {
      all.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
