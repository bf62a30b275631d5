package dev.lamina.runtime.io;

import dev.lamina.runtime.Model;
import dev.lamina.runtime.optim.Optimizer;
import dev.lamina.runtime.param.Parameter;
import java.io.IOException;
import java.io.ByteArrayInputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Reads checkpoints: validates everything before changing the model, so a failed load changes nothing. */
final class CheckpointReader {
  private CheckpointReader() {}

  static CheckpointInfo info(Path path) throws IOException {
    try (ZipFile zip = open(path)) {
      return info(metadata(zip, path));
    }
  }

  static CheckpointInfo load(Path path, Model model, Optimizer optimizer) throws IOException {
    try (ZipFile zip = open(path)) {
      CheckpointMetadata meta = metadata(zip, path);
      String sha = Fingerprint.sha256(model.architecture());
      if (!sha.equals(meta.architectureSha256())) {
        String diff = Fingerprint.firstDifference(meta.architecture(), model.architecture());
        throw new IncompatibleCheckpointException("checkpoint " + path + " was saved from network " + meta.network()
            + " (architecture sha256 " + meta.architectureSha256() + ") and cannot be loaded into network "
            + model.name() + " (architecture sha256 " + sha + ")" + (diff.isEmpty() ? "" : "; first difference: " + diff)
            + "; load it into the network it was saved from");
      }
      Map<Parameter, INDArray> weights = new LinkedHashMap<>();
      for (Parameter p : model.parameters().all()) {
        INDArray saved = array(zip, path, CheckpointWriter.WEIGHTS + p.path() + ".npy");
        if (!Arrays.equals(saved.shape(), p.shape())) {
          throw new IncompatibleCheckpointException("checkpoint " + path + " stores " + p.path() + " with shape "
              + Arrays.toString(saved.shape()) + " but network " + model.name() + " has " + Arrays.toString(p.shape()));
        }
        weights.put(p, saved);
      }
      Map<String, INDArray> slots = new LinkedHashMap<>();
      CheckpointMetadata.OptimizerEntry saved = meta.optimizer();
      if (optimizer != null) {
        if (saved == null) {
          throw new IncompatibleCheckpointException("checkpoint " + path + " holds weights only (saved without optimizer"
              + " state), so training cannot resume from it exactly; load it without an optimizer");
        }
        if (!saved.name().equals(optimizer.name())) {
          throw new IncompatibleCheckpointException("checkpoint " + path + " holds " + saved.name()
              + " optimizer state but the trainer uses " + optimizer.name() + "; resume with the same optimizer");
        }
        for (String slot : saved.slots()) {
          slots.put(slot, array(zip, path, CheckpointWriter.OPTIMIZER + slot + ".npy"));
        }
        if (!saved.slots().equals(List.copyOf(optimizer.slots().keySet()))) {
          throw new IncompatibleCheckpointException("checkpoint " + path + " holds " + saved.name() + " slots "
              + saved.slots() + " but the trainer's optimizer keeps " + optimizer.slots().keySet()
              + "; resume with the same momentum / centered settings");
        }
      }
      weights.forEach((p, value) -> p.value().assign(value));
      if (optimizer != null) {
        optimizer.restore(saved.iterations(), saved.learningRate(), slots);
      }
      return info(meta);
    }
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
    if (!CheckpointMetadata.FORMAT.equals(meta.format())) {
      throw new CheckpointFormatException(path + " is not a Lamina checkpoint: format '" + meta.format() + "'");
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

  private static CheckpointInfo info(CheckpointMetadata meta) {
    CheckpointMetadata.OptimizerEntry o = meta.optimizer();
    return new CheckpointInfo(meta.formatVersion(), meta.network(), meta.architectureSha256(), meta.epoch(),
        meta.seed(), Instant.parse(meta.savedAt()), Optional.ofNullable(o).map(CheckpointMetadata.OptimizerEntry::name),
        o == null ? 0 : o.iterations());
  }
}
