package dev.lamina.bench;

import dev.lamina.bench.compile.CompileCostCommand;
import dev.lamina.bench.latency.LatencyCommand;
import dev.lamina.bench.latency.LayerLatencyCommand;
import dev.lamina.bench.pipeline.PipelineCommand;
import dev.lamina.bench.report.ReportCommand;
import dev.lamina.bench.run.PrecisionCommand;
import dev.lamina.bench.run.RunCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The benchmark tool: {@code run} measures Lamina, {@code report} puts its results beside the peers'
 * logs, {@code compile-cost} measures what the annotation processor adds to compilation, {@code latency}
 * times inference against ONNX Runtime and PyTorch, {@code pipeline} the data pipeline (image folders,
 * augmentation) against a training step. Run
 * {@code bench <command> --help} for options; {@code bench/README.md} shows the whole procedure.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, version = "Lamina bench 0.1.0",
    description = "Benchmark Lamina against the PyTorch and DL4J peers on the Fashion-MNIST tutorial's networks.",
    subcommands = {RunCommand.class, ReportCommand.class, CompileCostCommand.class, LatencyCommand.class,
        LayerLatencyCommand.class, PipelineCommand.class, PrecisionCommand.class, dev.lamina.bench.fuzz.FuzzCommand.class})
public final class BenchCli {
  private BenchCli() {}

  /** Runs the tool and exits with its status (0 on success, 1 on an error, 2 on a usage mistake). */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the tool and returns its exit status. */
  public static int run(String... args) {
    CommandLine cli = new CommandLine(BenchCli.class);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExecutionExceptionHandler((e, line, parsed) -> {
      String message = e.getMessage() == null ? e.toString() : e.getMessage();
      line.getErr().println(line.getColorScheme().errorText("bench " + line.getCommandName() + ": " + message));
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
