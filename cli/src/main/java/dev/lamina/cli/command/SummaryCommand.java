package dev.lamina.cli.command;

import dev.lamina.cli.option.NetworkOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code lamina summary}: the Keras-style table of a network on the class path. */
@Command(name = "summary", mixinStandardHelpOptions = true, description = "Print a network's summary table.")
public final class SummaryCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  NetworkOption network;

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(network.provider().create(0).summary().format());
    return 0;
  }
}
