package dev.lamina.samples.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code lamina} tool: {@code train}, {@code evaluate}, {@code predict} and {@code summary} for
 * the tutorial's networks on Fashion-MNIST. Run {@code lamina <command> --help} for options.
 */
@Command(name = "lamina", mixinStandardHelpOptions = true, version = "Lamina 0.1.0",
    description = "Train, evaluate and inspect Lamina's sample networks on Fashion-MNIST.",
    subcommands = {TrainCommand.class, EvaluateCommand.class, PredictCommand.class, SummaryCommand.class,
        DataCommand.class})
public final class LaminaCli {
  private LaminaCli() {}

  /** Runs the tool and exits with its status (0 on success, 1 on an error, 2 on a usage mistake). */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the tool and returns its exit status; for tests and embedding. */
  public static int run(String... args) {
    CommandLine cli = new CommandLine(LaminaCli.class);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setOverwrittenOptionsAllowed(true); // a later --epochs overrides a script's default
    cli.setExecutionExceptionHandler((e, line, parsed) -> {
      line.getErr().println(line.getColorScheme().errorText("lamina " + line.getCommandName() + ": " + ErrorMessages.describe(e)));
      return 1;
    });
    try {
      return cli.execute(args);
    } finally {
      cli.getOut().flush();
      cli.getErr().flush();
    }
  }
}
