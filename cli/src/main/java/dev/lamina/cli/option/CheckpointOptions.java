package dev.lamina.samples.cli;

import dev.lamina.runtime.Model;
import dev.lamina.runtime.io.CheckpointInfo;
import dev.lamina.runtime.io.Checkpoints;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --checkpoint FILE}: a checkpoint written by {@code lamina train}, and the network it holds. */
final class CheckpointOptions {
  @Option(names = {"-c", "--checkpoint"}, paramLabel = "FILE", required = true,
      description = "A checkpoint written by 'lamina train' (e.g. runs/fashioncnn/best.lamina).")
  Path checkpoint;

  /**
   * A model of the checkpoint's network with the checkpoint's weights.
   *
   * @throws IOException if the file is missing, corrupt, or holds another network than its name says
   * @throws IllegalArgumentException if the checkpoint's network is not one of the samples
   */
  Loaded load() throws IOException {
    CheckpointInfo info = Checkpoints.info(checkpoint);
    SampleNetwork network = SampleNetwork.named(info.network());
    Model model = network.create(info.seed());
    Checkpoints.load(checkpoint, model, null);
    return new Loaded(network, model, info);
  }

  /** A model restored from a checkpoint. */
  record Loaded(SampleNetwork network, Model model, CheckpointInfo info) {}
}
