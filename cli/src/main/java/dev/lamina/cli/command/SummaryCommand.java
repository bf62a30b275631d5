package dev.lamina.samples.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code lamina summary}: the Keras-style table of a sample network. */
@Command(name = "summary", mixinStandardHelpOptions = true, description = "Print a network's summary table.")
final class SummaryCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = {"-n", "--network"}, paramLabel = "NAME", defaultValue = "FashionCnn",
      converter = NetworkConverter.class,
      description = "FashionCnn, FashionSeparableCnn or FashionSegmenter (default: ${DEFAULT-VALUE}).")
  SampleNetwork network;

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(network.create(0).summary().format());
    return 0;
  }
}
