package dev.lamina.bench.report;

import dev.lamina.bench.peer.PeerLogParser;
import dev.lamina.bench.peer.PeerRun;
import dev.lamina.bench.result.NetworkRun;
import dev.lamina.bench.result.NetworkRunFiles;
import dev.lamina.bench.workload.Framework;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code bench report}: puts Lamina's result files and the peers' logs side by side, as markdown and
 * CSV with the ratios of Lamina's rates to the peers'.
 */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Put Lamina's results (lamina-*.json from 'run') and the peers' logs side by side:"
        + " <name>.md and <name>.csv with ratio_vs_pytorch and ratio_vs_dl4j (Lamina's samples/s over the peer's).",
        "A peer log's model and batch size are read from the log itself; several logs of one workload give the"
            + " median."})
public final class ReportCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--lamina", arity = "1..*", paramLabel = "FILE", description = "Lamina's result files.")
  List<Path> lamina = new ArrayList<>();

  @Option(names = "--pytorch-log", arity = "1..*", paramLabel = "FILE",
      description = "Standard output of pytorch_fashion.py runs.")
  List<Path> pytorchLogs = new ArrayList<>();

  @Option(names = "--dl4j-log", arity = "1..*", paramLabel = "FILE", description = "Standard output of DL4J peer runs.")
  List<Path> dl4jLogs = new ArrayList<>();

  @Option(names = {"-o", "--output-dir"}, defaultValue = ".", paramLabel = "DIR",
      description = "Where the report goes (default: the current directory).")
  Path outputDirectory;

  @Option(names = "--name", defaultValue = ReportFiles.DEFAULT_NAME, paramLabel = "NAME",
      description = "Base name of the files (default: ${DEFAULT-VALUE}).")
  String name;

  @Option(names = "--label", paramLabel = "TEXT", description = "A note for the report's title.")
  String label;

  @Override
  public Integer call() throws Exception {
    if (lamina.isEmpty() && pytorchLogs.isEmpty() && dl4jLogs.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "nothing to report: give --lamina, --pytorch-log or --dl4j-log");
    }
    List<NetworkRun> runs = new ArrayList<>();
    for (Path file : lamina) {
      runs.add(NetworkRunFiles.read(file));
    }
    List<PeerRun> peers = new ArrayList<>();
    for (Path log : pytorchLogs) {
      peers.add(PeerLogParser.parse(Framework.PYTORCH, log));
    }
    for (Path log : dl4jLogs) {
      peers.add(PeerLogParser.parse(Framework.DL4J, log));
    }
    ReportFiles.Written written = ReportFiles.write(outputDirectory, name, Comparison.of(runs, peers), label);
    PrintWriter out = spec.commandLine().getOut();
    out.print(written.markdown());
    out.println("wrote " + written.markdownFile() + " and " + written.csvFile());
    return 0;
  }
}
