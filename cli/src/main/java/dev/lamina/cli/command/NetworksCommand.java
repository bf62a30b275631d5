package dev.lamina.cli.command;

import dev.lamina.cli.network.NetworkLookup;
import dev.lamina.cli.network.Task;
import dev.lamina.cli.option.ClassPathOption;
import dev.lamina.runtime.Model;
import dev.lamina.runtime.NetworkProvider;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code lamina networks}: every network on the class path (the tool's and {@code --classpath}'s),
 * with its input, output, parameter count and task.
 */
@Command(name = "networks", mixinStandardHelpOptions = true,
    description = "List the networks compiled by Lamina's processor on the class path.")
public final class NetworksCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  ClassPathOption classPath;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    NetworkLookup lookup = classPath.networks();
    if (lookup.all().isEmpty()) {
      out.println("No network found. " + NetworkLookup.HOW_TO_ADD + ".");
      return 0;
    }
    out.printf(Locale.ROOT, "%-24s %-44s %-12s %-12s %12s  %s%n", "NAME", "INTERFACE", "INPUT", "OUTPUT", "PARAMS",
        "TASK");
    for (NetworkProvider p : lookup.all()) {
      Model model = p.create(0);
      String task;
      try {
        task = Task.of(model).name().toLowerCase(Locale.ROOT);
      } catch (IllegalArgumentException e) {
        task = "-";
      }
      out.printf(Locale.ROOT, "%-24s %-44s %-12s %-12s %,12d  %s%n", p.name(), p.qualifiedName(),
          shape(model.inputShape()), shape(model.outputShape()), model.summary().totalParams(), task);
    }
    return 0;
  }

  private static String shape(int[] dims) {
    return Arrays.stream(dims).mapToObj(Integer::toString).collect(Collectors.joining("x"));
  }
}
