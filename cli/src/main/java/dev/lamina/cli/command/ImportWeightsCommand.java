package dev.lamina.cli.command;

import dev.lamina.cli.data.Preprocessing;
import dev.lamina.cli.option.NetworkOption;
import dev.lamina.cli.run.ImportedCheckpoint;
import dev.lamina.runtime.Model;
import dev.lamina.runtime.NetworkProvider;
import dev.lamina.runtime.io.NpzWeights;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lamina import-weights}: NumPy weights ({@code .npz} with one {@code <layer>/<weight>} array per
 * tensor, as {@code lamina export --format npz} or {@code numpy.savez} writes) into a Lamina checkpoint
 * of the network, which {@code evaluate}, {@code predict}, {@code serve} and {@code export} accept. All
 * arrays are checked ({@link NpzWeights#load}: names, shapes, finite values) before the checkpoint is
 * written. {@code --preprocessing FILE} puts a run's {@code preprocessing.json} beside it.
 */
@Command(name = "import-weights", mixinStandardHelpOptions = true,
    description = "Make a checkpoint of a network from NumPy weights (.npz).")
public final class ImportWeightsCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  NetworkOption network;

  @Option(names = {"-w", "--weights"}, paramLabel = "FILE", required = true,
      description = "The .npz file: one array per weight, named <layer>/<weight> with Keras's shapes.")
  Path weights;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true,
      description = "The checkpoint to write, e.g. run/imported.lamina.")
  Path output;

  @Option(names = "--preprocessing", paramLabel = "FILE",
      description = "A preprocessing.json (how images are scaled) to put beside the checkpoint; without it,"
          + " evaluate and predict scale Fashion-MNIST as a default training run does.")
  Path preprocessing;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    NetworkProvider provider = network.provider();
    Optional<Preprocessing> record = preprocessing == null ? Optional.empty()
        : Optional.of(Preprocessing.read(preprocessing));
    Model model = provider.create(0);
    NpzWeights.load(weights, model);
    ImportedCheckpoint.write(output, provider, model, record);
    out.println("wrote " + output + ": " + provider.name() + " with the " + model.parameters().all().size()
        + " weight tensors of " + weights + (record.isPresent() ? ", and " + Preprocessing.FILE_NAME + " beside it" : ""));
    return 0;
  }
}
