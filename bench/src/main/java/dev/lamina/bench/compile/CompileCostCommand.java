package dev.lamina.bench.compile;

import dev.lamina.bench.workload.BenchNetwork;
import dev.lamina.bench.workload.NetworkConverter;
import dev.lamina.runtime.io.AtomicFiles;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench compile-cost}: the compile time Lamina's processor adds per network. Each sample
 * {@code @Network} interface is compiled alone with {@code -proc:none}, with the processor, and with
 * {@code -proc:only}, in rounds that alternate the modes; the medians and the difference are reported.
 */
@Command(name = "compile-cost", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Measure the compile time Lamina's annotation processor adds per network (target: under 50 ms):"
        + " javac on each sample @Network interface with -proc:none, with the processor, and with -proc:only."})
public final class CompileCostCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--sources", defaultValue = "samples/src/main/java", paramLabel = "DIR",
      description = "Source root of the samples module (default: ${DEFAULT-VALUE}).")
  Path sources;

  @Option(names = {"-n", "--network"}, split = ",", converter = NetworkConverter.class, defaultValue = "cnn,separable",
      paramLabel = "NAME", description = "Networks (default: ${DEFAULT-VALUE}).")
  List<BenchNetwork> networks;

  @Option(names = "--warmup", defaultValue = "20", paramLabel = "N",
      description = "Untimed in-process rounds over every network and mode before any is timed, so that"
          + " javac and the processor are JIT-compiled alike for all (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Option(names = "--repeats", defaultValue = "20", paramLabel = "N",
      description = "Timed in-process rounds (default: ${DEFAULT-VALUE}).")
  int repeats;

  @Option(names = "--cold", defaultValue = "3", paramLabel = "N",
      description = "Timed javac processes per mode, 0 to skip (default: ${DEFAULT-VALUE}).")
  int cold;

  @Option(names = "--markdown", paramLabel = "FILE", description = "Also write the table to this file.")
  Path markdown;

  @Option(names = "--label", paramLabel = "TEXT", description = "A note under the markdown file's title.")
  String label;

  @Override
  public Integer call() throws Exception {
    if (warmup < 0 || repeats < 1 || cold < 0) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--warmup and --cold must be >= 0 and --repeats >= 1; got " + warmup + ", " + cold + ", " + repeats);
    }
    PrintWriter out = spec.commandLine().getOut();
    List<String> compiled = networks.stream().flatMap(n -> List.of(classFile(n.interfaceName()),
        classFile("Lamina" + n.interfaceName())).stream()).toList();
    String classPath = ClassPaths.without(System.getProperty("java.class.path"), compiled);
    String processorPath = ClassPaths.only(classPath, ClassPaths.PROCESSOR_CLASSES);
    Path scratch = Files.createTempDirectory("lamina-compile-cost");
    List<CompileCost> costs = new ArrayList<>();
    try {
      Map<BenchNetwork, JavacRunner> runners = new LinkedHashMap<>();
      for (BenchNetwork network : networks) {
        Path source = sources.resolve("dev/lamina/samples/" + network.interfaceName() + ".java");
        if (!Files.isRegularFile(source)) {
          throw new IllegalArgumentException("no source " + source + "; give --sources the samples module's"
              + " src/main/java (paths are relative to " + Path.of("").toAbsolutePath() + ")");
        }
        runners.put(network, new JavacRunner(source, classPath, processorPath, scratch));
      }
      for (int round = 0; round < warmup; round++) {
        for (JavacRunner javac : runners.values()) {
          for (ProcessingMode mode : ProcessingMode.values()) {
            javac.inProcess(mode);
          }
        }
      }
      for (Map.Entry<BenchNetwork, JavacRunner> network : runners.entrySet()) {
        costs.add(measure(network.getKey(), network.getValue(), out));
      }
    } finally {
      Files.deleteIfExists(scratch);
    }
    String table = CompileCostTable.format(costs, repeats, cold);
    out.println();
    out.print(table);
    if (markdown != null) {
      String note = label == null || label.isBlank() ? "" : "> **" + label.strip() + "**\n\n";
      String text = "# Compile time added by Lamina's processor\n\n" + note + "- Java "
          + System.getProperty("java.version")
          + ", " + Runtime.getRuntime().availableProcessors() + " logical CPUs\n\n" + table;
      AtomicFiles.write(markdown, text.getBytes(StandardCharsets.UTF_8));
      out.println("wrote " + markdown);
    }
    return 0;
  }

  private CompileCost measure(BenchNetwork network, JavacRunner javac, PrintWriter out) throws Exception {
    Map<ProcessingMode, List<Double>> warm = new EnumMap<>(ProcessingMode.class);
    Map<ProcessingMode, List<Double>> coldTimes = new EnumMap<>(ProcessingMode.class);
    for (int round = 0; round < repeats; round++) {
      for (ProcessingMode mode : ProcessingMode.values()) {
        warm.computeIfAbsent(mode, m -> new ArrayList<>()).add(javac.inProcess(mode));
      }
    }
    for (int round = 0; round < cold; round++) {
      for (ProcessingMode mode : ProcessingMode.values()) {
        coldTimes.computeIfAbsent(mode, m -> new ArrayList<>()).add(javac.newProcess(mode));
      }
    }
    CompileCost cost = new CompileCost(network, warm, coldTimes);
    out.printf(Locale.ROOT, "%s: warm median without %.1f ms, with %.1f ms%n", network.interfaceName(),
        cost.warm(ProcessingMode.WITHOUT_PROCESSOR).orElse(Double.NaN),
        cost.warm(ProcessingMode.WITH_PROCESSOR).orElse(Double.NaN));
    out.flush();
    return cost;
  }

  private static String classFile(String simpleName) {
    return "dev/lamina/samples/" + simpleName + ".class";
  }
}
