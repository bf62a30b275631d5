package dev.lamina.cli.run;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** An {@code --output-dir} that already holds files: a run is not written over another unless asked. */
public final class RunExistsException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  /**
   * @param directory the directory
   * @param present what is in it
   */
  public RunExistsException(Path directory, List<Path> present) {
    super("--output-dir " + directory + " already holds " + present.stream().limit(5)
        .map(p -> p.getFileName().toString()).collect(Collectors.joining(", "))
        + (present.size() > 5 ? ", ..." : "") + "; choose a new or empty directory, leave --output-dir out for a"
        + " fresh runs/<network>-N, or add --overwrite to replace that run's files");
  }
}
