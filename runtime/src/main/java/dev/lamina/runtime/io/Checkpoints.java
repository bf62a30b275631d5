package dev.lamina.runtime.io;

import dev.lamina.runtime.Model;
import dev.lamina.runtime.optim.Optimizer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Saves and loads training state: a network's weights, its optimizer's state, the completed epoch
 * count and the seed, in the versioned format of {@code docs/checkpoint-format.md} (a zip of
 * {@code lamina.json} and NumPy {@code .npy} arrays that {@code numpy.load} opens). Saving is
 * atomic; loading checks the network's architecture fingerprint and changes nothing unless the
 * whole checkpoint fits.
 */
public final class Checkpoints {
  private Checkpoints() {}

  /**
   * Writes a checkpoint atomically (temporary file in the same directory, fsync, atomic rename).
   *
   * @param optimizer the optimizer whose state to include, or null for weights only
   * @param epoch the number of completed epochs
   * @param seed the training seed, stored so a resumed run can use the same
   * @param path the file to write (relative paths resolve against the working directory; missing
   *     parent directories are created)
   * @throws IOException if the file cannot be written or {@code path} is an existing directory; the
   *     previous file under {@code path}, if any, is left intact
   * @throws IllegalArgumentException if {@code path} names no file (a root directory such as {@code /})
   * @throws IllegalStateException if the optimizer is not built, or a weight or optimizer slot holds NaN or an
   *     infinity (a diverged run; loading would refuse the file)
   */
  public static void save(Path path, Model model, Optimizer optimizer, int epoch, long seed) throws IOException {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(model, "model");
    CheckpointWriter.save(path, model, optimizer, epoch, seed);
  }

  /**
   * Loads a checkpoint into {@code model} and, when given, {@code optimizer} (which must be built on
   * the model's parameters): weights, non-trainable state, slot buffers, iteration count and
   * learning rate.
   *
   * @param optimizer the optimizer to restore, or null to load weights only
   * @return what the checkpoint says about itself (its {@code epoch()} is where to resume)
   * @throws java.nio.file.NoSuchFileException if there is no file at {@code path}
   * @throws CheckpointFormatException if the file is not a readable checkpoint of a supported version
   * @throws IncompatibleCheckpointException if it was saved from another architecture (the message
   *     names both networks, both fingerprints and the first differing line) or optimizer
   */
  public static CheckpointInfo load(Path path, Model model, Optimizer optimizer) throws IOException {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(model, "model");
    return CheckpointReader.load(path, model, optimizer);
  }

  /**
   * Reads only a checkpoint's metadata.
   *
   * @throws CheckpointFormatException if the file is not a readable checkpoint
   */
  public static CheckpointInfo info(Path path) throws IOException {
    return CheckpointReader.info(path);
  }

  /** The SHA-256 fingerprint a checkpoint of {@code model} carries: of its {@code architecture()} text, hex. */
  public static String fingerprint(Model model) {
    return Fingerprint.sha256(model.architecture());
  }
}
