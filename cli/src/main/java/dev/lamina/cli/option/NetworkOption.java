package dev.lamina.cli.option;

import dev.lamina.cli.OptionChecks;
import dev.lamina.runtime.NetworkProvider;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code --network NAME} and {@code --classpath PATH}: which compiled network a command works on. */
public final class NetworkOption {
  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  @Option(names = {"-n", "--network"}, paramLabel = "NAME", defaultValue = "FashionCnn",
      description = "The network: its interface's simple name when no other network has it (ColourCnn) or its"
          + " qualified name (com.example.ColourCnn); 'lamina networks' lists those found (default:"
          + " ${DEFAULT-VALUE}).")
  String name;

  @Mixin
  ClassPathOption classPath;

  /**
   * The network named, among those on the class path.
   *
   * @throws picocli.CommandLine.ParameterException if no network or several have the name, or a
   *     {@code --classpath} entry does not exist; the message lists the candidates
   */
  public NetworkProvider provider() {
    try {
      return classPath.networks().find(name);
    } catch (IllegalArgumentException e) {
      throw new OptionChecks(command.commandLine()).fail(e.getMessage());
    }
  }
}
