package dev.lamina.cli.option;

import dev.lamina.cli.network.NetworkLookup;
import picocli.CommandLine.Option;

/**
 * {@code --classpath PATH}: where the user's compiled networks are, besides the tool's own class path.
 * A mixin of {@link NetworkOption} and {@link CheckpointOptions}.
 */
public final class ClassPathOption {
  @Option(names = "--classpath", paramLabel = "PATH",
      description = "Your compiled networks: class directories and jars (javac's -d directory, target/classes, a"
          + " jar) separated by the path separator (':' on Linux and macOS), with the META-INF/services file Lamina's processor"
          + " writes; added to the tool's class path (bin/lamina also adds $LAMINA_CLASSPATH).")
  String classPath;

  /**
   * The networks the tool can see with these entries.
   *
   * @throws IllegalArgumentException if an entry does not exist
   */
  public NetworkLookup networks() {
    return NetworkLookup.of(classPath);
  }
}
