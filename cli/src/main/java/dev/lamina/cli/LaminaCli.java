package dev.lamina.cli;

import dev.lamina.cli.command.DataCommand;
import dev.lamina.cli.command.EvaluateCommand;
import dev.lamina.cli.command.ExportCommand;
import dev.lamina.cli.command.ImportWeightsCommand;
import dev.lamina.cli.command.KerasImportCommand;
import dev.lamina.cli.command.KerasWeightsCommand;
import dev.lamina.cli.command.NetworksCommand;
import dev.lamina.cli.command.PredictCommand;
import dev.lamina.cli.command.ServeCommand;
import dev.lamina.cli.command.SummaryCommand;
import dev.lamina.cli.command.TrainCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code lamina} tool: {@code train}, {@code evaluate}, {@code predict}, {@code summary},
 * {@code networks}, {@code serve}, {@code export}, {@code import-weights}, {@code keras-import} and
 * {@code keras-weights} for every network compiled by Lamina's processor on its class path (the samples'
 * and yours, added with {@code --classpath} or {@code $LAMINA_CLASSPATH}), on Fashion-MNIST, MNIST or
 * image folders. Run {@code lamina <command> --help} for options.
 *
 * <p>A command is one class in {@code dev.lamina.cli.command} listed here; the options commands
 * share are mixins in {@code dev.lamina.cli.option} ({@code @Mixin NetworkOption network;}).
 */
@Command(name = "lamina", mixinStandardHelpOptions = true, version = "Lamina 0.1.0",
    description = "Train, evaluate, predict with, inspect, serve, export and import networks compiled by Lamina's"
        + " processor.",
    subcommands = {TrainCommand.class, EvaluateCommand.class, PredictCommand.class, SummaryCommand.class,
        NetworksCommand.class, DataCommand.class, ServeCommand.class, ExportCommand.class, ImportWeightsCommand.class,
        KerasImportCommand.class, KerasWeightsCommand.class})
public final class LaminaCli {
  private LaminaCli() {}

  /** Runs the tool and exits with its status (0 on success, 1 on an error, 2 on a usage mistake). */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the tool and returns its exit status; for tests and embedding. */
  public static int run(String... args) {
    CommandLine cli = commandLine();
    try {
      return cli.execute(args);
    } finally {
      cli.getOut().flush();
      cli.getErr().flush();
    }
  }

  /**
   * The tool's command line, configured as {@link #run} runs it (error messages, case-insensitive enum
   * values, later options overriding earlier ones); set its output with {@code setOut}/{@code setErr}.
   */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(LaminaCli.class);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setOverwrittenOptionsAllowed(true); // a later --epochs overrides a script's default
    cli.setExecutionExceptionHandler((e, line, parsed) -> {
      line.getErr().println(line.getColorScheme().errorText("lamina " + line.getCommandName() + ": "
          + ErrorMessages.describe(e)));
      return 1;
    });
    return cli;
  }
}
