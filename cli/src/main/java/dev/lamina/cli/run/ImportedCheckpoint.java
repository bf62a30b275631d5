package dev.lamina.cli.run;

import dev.lamina.cli.data.Preprocessing;
import dev.lamina.runtime.Model;
import dev.lamina.runtime.NetworkProvider;
import dev.lamina.runtime.io.Checkpoints;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A checkpoint made from weights trained elsewhere ({@code import-weights}, {@code keras-weights}): the
 * weights only (no optimizer state, epoch 0), and, when known, the {@code preprocessing.json} beside it
 * that tells {@code evaluate}, {@code predict} and {@code serve} how to scale images. Everything is
 * checked before anything is written, and each file is written atomically.
 */
public final class ImportedCheckpoint {
  private ImportedCheckpoint() {}

  /**
   * Writes {@code model}'s weights to {@code checkpoint} and {@code preprocessing}, when given, beside it.
   *
   * @param network the model's network, recorded in the preprocessing
   * @throws IllegalArgumentException before writing anything, if the checkpoint's directory already holds a
   *     {@code preprocessing.json} of another network or with other scaling, which would then apply to the
   *     new checkpoint
   * @throws IOException if a file cannot be written (an existing checkpoint under the name is kept)
   */
  public static void write(Path checkpoint, NetworkProvider network, Model model, Optional<Preprocessing> preprocessing)
      throws IOException {
    Objects.requireNonNull(checkpoint, "checkpoint");
    Optional<Preprocessing> wanted = preprocessing.map(p -> p.withNetwork(network.qualifiedName()));
    Path besides = Preprocessing.besidesFile(checkpoint);
    if (besides != null && Files.exists(besides)) {
      Preprocessing existing;
      try {
        existing = Preprocessing.read(besides);
      } catch (IOException e) {
        throw new IllegalArgumentException(besides + " already exists and would apply to " + checkpoint.getFileName()
            + ", but is not usable (" + e.getMessage() + "); write the checkpoint into another directory", e);
      }
      boolean sameNetwork = existing.network() == null || existing.network().equals(network.qualifiedName());
      boolean sameScaling = wanted.isEmpty()
          || (existing.mean() == wanted.get().mean() && existing.std() == wanted.get().std());
      if (!sameNetwork || !sameScaling) {
        throw new IllegalArgumentException(besides + " already exists, for " + (sameNetwork ? "the same network with"
            + " other scaling (mean " + existing.mean() + ", std " + existing.std() + ")" : existing.network())
            + ", and would apply to " + checkpoint.getFileName() + "; write the checkpoint into another directory."
            + " Nothing was written");
      }
      wanted = Optional.empty(); // the record there stands
    }
    Checkpoints.save(checkpoint, model, null, 0, 0);
    if (wanted.isPresent()) {
      wanted.get().writeTo(checkpoint.toAbsolutePath().getParent());
    }
  }
}
