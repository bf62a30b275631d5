package dev.lamina.cli.command;

import dev.lamina.keras.ImportedInterface;
import dev.lamina.keras.KerasImport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lamina keras-import}: writes the annotated Lamina interface that declares a Keras model's network
 * ({@link KerasImport#writeInterface}), to {@code <output>/<package as folders>/<Name>.java}. A layer or
 * setting Lamina lacks is an error naming the Keras layer, its class and the setting, and nothing is
 * written. Compile the interface with Lamina's processor, then load the weights with
 * {@code lamina keras-weights}.
 */
@Command(name = "keras-import", mixinStandardHelpOptions = true,
    description = "Write the annotated Lamina interface of a Keras model file (.h5 or .keras).")
public final class KerasImportCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "KERAS_FILE",
      description = "A Keras 2 model file (.h5, model.save or ModelCheckpoint) or a Keras 3 .keras archive.")
  Path kerasFile;

  @Option(names = "--package", paramLabel = "PACKAGE", defaultValue = "",
      description = "The interface's package, e.g. com.example (default: the unnamed package).")
  String packageName;

  @Option(names = "--name", paramLabel = "NAME", required = true,
      description = "The interface's simple name, e.g. FashionCnn; the processor generates Lamina<NAME> from it.")
  String name;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "src/main/java",
      description = "The source root to write into (default: ${DEFAULT-VALUE}).")
  Path output;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    ImportedInterface written = KerasImport.writeInterface(kerasFile, packageName, name, output);
    out.printf(Locale.ROOT, "wrote %s: %s, %d layers, %,d parameters%n", written.file().orElseThrow(),
        written.qualifiedName(), written.layers(), written.params());
    for (String note : written.notes()) {
      out.println("left out (affects training only): " + note);
    }
    return 0;
  }
}
