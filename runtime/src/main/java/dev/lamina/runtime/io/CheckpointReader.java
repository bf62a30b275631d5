package dev.lamina.runtime.io;

import dev.lamina.runtime.Model;
import dev.lamina.runtime.optim.Optimizer;
import dev.lamina.runtime.param.Parameter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Reads checkpoints. A load runs in two phases: first it reads and checks everything (metadata,
 * architecture, every weight, the optimizer's state and settings), then it changes the model and
 * optimizer, which cannot fail any more; so a failed load changes nothing.
 */
final class CheckpointReader {
  private CheckpointReader() {}

  static CheckpointInfo info(Path path) throws IOException {
    try (ZipFile zip = open(path)) {
      return MetadataCheck.check(metadata(zip, path), path);
    }
  }

  static CheckpointInfo load(Path path, Model model, Optimizer optimizer) throws IOException {
    if (optimizer != null && !optimizer.isBuilt()) {
      throw new IllegalStateException(optimizer.name() + " optimizer is not built, so its state cannot be loaded:"
          + " call build(model.parameters()) first");
    }
    try (ZipFile zip = open(path)) {
      CheckpointMetadata meta = metadata(zip, path);
      CheckpointInfo info = MetadataCheck.check(meta, path);
      checkArchitecture(meta, path, model);
      Map<Parameter, INDArray> weights = weights(zip, path, model);
      Map<String, INDArray> slots = optimizer == null ? Map.of() : slots(zip, path, meta.optimizer(), optimizer, model);

      weights.forEach((p, value) -> p.value().assign(value));
      if (optimizer != null) {
        optimizer.restore(meta.optimizer().iterations(), meta.optimizer().learningRate(), slots);
      }
      return info;
    }
  }

  private static void checkArchitecture(CheckpointMetadata meta, Path path, Model model) {
    String sha = Fingerprint.sha256(model.architecture());
    if (!sha.equals(meta.architectureSha256())) {
      String diff = Fingerprint.firstDifference(meta.architecture(), model.architecture());
      throw new IncompatibleCheckpointException("checkpoint " + path + " was saved from network " + meta.network()
          + " (architecture sha256 " + meta.architectureSha256() + ") and cannot be loaded into network "
          + model.name() + " (architecture sha256 " + sha + ")" + (diff.isEmpty() ? "" : "; first difference: " + diff)
          + "; load it into the network it was saved from");
    }
  }

  /** Every parameter's saved value, checked against its shape. */
  private static Map<Parameter, INDArray> weights(ZipFile zip, Path path, Model model) throws IOException {
    Map<Parameter, INDArray> weights = new LinkedHashMap<>();
    for (Parameter p : model.parameters().all()) {
      INDArray saved = array(zip, path, CheckpointWriter.WEIGHTS + p.path() + ".npy");
      if (!Arrays.equals(saved.shape(), p.shape())) {
        throw new IncompatibleCheckpointException("checkpoint " + path + " stores " + p.path() + " with shape "
            + Arrays.toString(saved.shape()) + " but network " + model.name() + " has " + Arrays.toString(p.shape()));
      }
      weights.put(p, saved);
    }
    return weights;
  }

  /** The saved slot buffers, checked against the optimizer's name, slot names and slot lengths. */
  private static Map<String, INDArray> slots(ZipFile zip, Path path, CheckpointMetadata.OptimizerEntry saved,
      Optimizer optimizer, Model model) throws IOException {
    if (saved == null) {
      throw new IncompatibleCheckpointException("checkpoint " + path + " holds weights only (saved without optimizer"
          + " state), so training cannot resume from it exactly; load it without an optimizer");
    }
    if (!saved.name().equals(optimizer.name())) {
      throw new IncompatibleCheckpointException("checkpoint " + path + " holds " + saved.name()
          + " optimizer state but the trainer uses " + optimizer.name() + "; resume with the same optimizer");
    }
    if (!saved.slots().equals(List.copyOf(optimizer.slots().keySet()))) {
      throw new IncompatibleCheckpointException("checkpoint " + path + " holds " + saved.name() + " slots "
          + saved.slots() + " but the trainer's optimizer keeps " + optimizer.slots().keySet()
          + "; resume with the same momentum / centered settings");
    }
    Map<String, INDArray> slots = new LinkedHashMap<>();
    for (String slot : saved.slots()) {
      String name = CheckpointWriter.OPTIMIZER + slot + ".npy";
      INDArray value = array(zip, path, name);
      long[] expected = {optimizer.slots().get(slot).length()};
      if (!Arrays.equals(value.shape(), expected)) {
        throw new CheckpointFormatException(path + "!" + name + " has shape " + Arrays.toString(value.shape())
            + " but the " + slot + " slot of " + optimizer.name() + " on network " + model.name() + " is "
            + Arrays.toString(expected) + " (one value per trainable value)");
      }
      slots.put(slot, value);
    }
    return slots;
  }

  private static ZipFile open(Path path) throws IOException {
    try {
      return new ZipFile(path.toFile());
    } catch (NoSuchFileException | java.io.FileNotFoundException e) {
      throw new NoSuchFileException(path.toString(), null, "no checkpoint there");
    } catch (ZipException e) {
      throw new CheckpointFormatException(path + " is not a Lamina checkpoint: not a zip archive (" + e.getMessage()
          + "); was it written completely?", e);
    }
  }

  /** The parsed {@code lamina.json}, of a format and version this reader knows; its other fields unchecked. */
  private static CheckpointMetadata metadata(ZipFile zip, Path path) throws IOException {
    if (zip.getEntry(CheckpointWriter.METADATA) == null) {
      throw new CheckpointFormatException(path + " is not a Lamina checkpoint: it has no " + CheckpointWriter.METADATA);
    }
    byte[] json = CheckpointEntries.read(zip, path, CheckpointWriter.METADATA);
    CheckpointMetadata meta;
    try {
      meta = CheckpointWriter.JSON.readValue(json, CheckpointMetadata.class);
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      throw new CheckpointFormatException(path + ": " + CheckpointWriter.METADATA + " is not valid: "
          + e.getOriginalMessage(), e);
    }
    if (meta == null) {
      throw new CheckpointFormatException(path + ": " + CheckpointWriter.METADATA + " is not valid: it holds null,"
          + " not an object");
    }
    if (!CheckpointMetadata.FORMAT.equals(meta.format())) {
      throw new CheckpointFormatException(path + " is not a Lamina checkpoint: format '" + meta.format() + "'");
    }
    if (meta.formatVersion() == null) {
      throw new CheckpointFormatException(path + "!" + CheckpointWriter.METADATA + ": 'format_version' is missing or"
          + " null");
    }
    if (meta.formatVersion() > CheckpointMetadata.VERSION || meta.formatVersion() < 1) {
      throw new CheckpointFormatException(path + " has checkpoint format version " + meta.formatVersion()
          + "; this Lamina reads version " + CheckpointMetadata.VERSION + " (written by a newer Lamina?)");
    }
    return meta;
  }

  /** The array in entry {@code name}, its CRC-32 verified and its values finite. */
  private static INDArray array(ZipFile zip, Path path, String name) throws IOException {
    byte[] bytes = CheckpointEntries.read(zip, path, name);
    INDArray array = Npy.read(new ByteArrayInputStream(bytes), path + "!" + name);
    FiniteValues.require(array, path + "!" + name);
    return array;
  }
}
