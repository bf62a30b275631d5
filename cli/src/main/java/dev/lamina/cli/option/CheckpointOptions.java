package dev.lamina.cli.option;

import dev.lamina.cli.data.Preprocessing;
import dev.lamina.cli.network.Task;
import dev.lamina.runtime.Model;
import dev.lamina.runtime.NetworkProvider;
import dev.lamina.runtime.io.CheckpointInfo;
import dev.lamina.runtime.io.Checkpoints;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code --checkpoint FILE} (and {@code --classpath}): a checkpoint written by {@code lamina train},
 * and the network it holds, found among those on the class path by the name and architecture the
 * checkpoint records.
 */
public final class CheckpointOptions {
  @Option(names = {"-c", "--checkpoint"}, paramLabel = "FILE", required = true,
      description = "A checkpoint written by 'lamina train' (e.g. runs/fashioncnn/best.lamina).")
  Path checkpoint;

  @Option(names = {"-n", "--network"}, paramLabel = "NAME",
      description = "The checkpoint's network: its simple name, or its qualified name when several networks on the"
          + " class path have its simple name and architecture (default: the one its run recorded, or the only one"
          + " of its name).")
  String network;

  @Mixin
  ClassPathOption classPath;

  /** The checkpoint file. */
  public Path file() {
    return checkpoint;
  }

  /**
   * A model of the checkpoint's network with the checkpoint's weights.
   *
   * @throws IOException if the file is missing, corrupt, or holds another architecture than its network's
   * @throws IllegalArgumentException if the checkpoint's network is not on the class path, or its
   *     output suits no task the tool trains
   */
  public Loaded load() throws IOException {
    CheckpointInfo info = Checkpoints.info(checkpoint);
    String qualified = network != null ? network
        : Preprocessing.besides(checkpoint).map(Preprocessing::network).orElse(null);
    NetworkProvider provider = classPath.networks().forCheckpoint(info, checkpoint, qualified);
    Model model = provider.create(info.seed());
    Checkpoints.load(checkpoint, model, null);
    return new Loaded(provider, model, info, Task.of(model));
  }

  /**
   * A model restored from a checkpoint.
   *
   * @param network the network's provider
   * @param model the network with the checkpoint's weights
   * @param info what the checkpoint says about itself
   * @param task what the network learns
   */
  public record Loaded(NetworkProvider network, Model model, CheckpointInfo info, Task task) {}
}
