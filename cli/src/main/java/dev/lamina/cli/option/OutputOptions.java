package dev.lamina.cli.option;

import dev.lamina.cli.OptionChecks;
import dev.lamina.cli.run.RunDirectory;
import dev.lamina.cli.run.RunExistsException;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code --output-dir DIR} and {@code --overwrite}: where a training run writes ({@link RunDirectory}). */
public final class OutputOptions {
  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  @Option(names = {"-o", "--output-dir"}, paramLabel = "DIR",
      description = "Where checkpoints, logs, history and curves go: a new or empty directory (default: a fresh"
          + " runs/<network>, or runs/<network>-2, -3, ... when taken).")
  Path outputDir;

  @Option(names = "--overwrite",
      description = "Let --output-dir hold an earlier run: its files (checkpoints, history, logs, ...) are deleted"
          + " first.")
  boolean overwrite;

  /**
   * The run's directory, created.
   *
   * @throws picocli.CommandLine.ParameterException if {@code --output-dir} holds files and
   *     {@code --overwrite} was not given
   * @throws IOException if it cannot be created or cleared; the message names it and says why
   */
  public RunDirectory create(String network) throws IOException {
    if (outputDir == null) {
      return RunDirectory.fresh(RunDirectory.RUNS, network);
    }
    try {
      return RunDirectory.named(outputDir, overwrite);
    } catch (RunExistsException e) {
      throw new OptionChecks(command.commandLine()).fail(e.getMessage());
    }
  }
}
