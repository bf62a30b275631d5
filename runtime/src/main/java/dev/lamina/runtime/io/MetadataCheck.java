package dev.lamina.runtime.io;

import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a parsed {@code lamina.json} field by field, so that a damaged or hand-edited file is
 * refused with a {@link CheckpointFormatException} naming the file and the field instead of failing
 * later, or loading nonsense. Fields the reader does not use ({@code architecture}, the
 * optimizer's {@code config}) may be absent.
 */
final class MetadataCheck {
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  private final String where;

  private MetadataCheck(Path path) {
    this.where = path + "!" + CheckpointWriter.METADATA;
  }

  /**
   * @param path the checkpoint file, for messages
   * @return what the metadata says, checked
   * @throws CheckpointFormatException if a field is missing or out of range
   */
  static CheckpointInfo check(CheckpointMetadata meta, Path path) throws CheckpointFormatException {
    return new MetadataCheck(path).check(meta);
  }

  private CheckpointInfo check(CheckpointMetadata meta) throws CheckpointFormatException {
    String network = text(meta.network(), "network");
    if (!SHA256.matcher(present(meta.architectureSha256(), "architecture_sha256")).matches()) {
      throw bad("architecture_sha256", "must be 64 lower-case hex digits, got '" + meta.architectureSha256() + "'");
    }
    String dataType = present(meta.dataType(), "data_type");
    if (!dataType.equals("FLOAT") && !dataType.equals("DOUBLE")) {
      throw bad("data_type", "must be FLOAT or DOUBLE, got '" + dataType + "'");
    }
    int epoch = present(meta.epoch(), "epoch");
    if (epoch < 0) {
      throw bad("epoch", "must be >= 0, got " + epoch);
    }
    long seed = present(meta.seed(), "seed");
    Instant savedAt = instant(present(meta.savedAt(), "saved_at"));
    weights(present(meta.weights(), "weights"));
    CheckpointMetadata.OptimizerEntry o = meta.optimizer();
    if (o != null) {
      optimizer(o);
    }
    return new CheckpointInfo(meta.formatVersion(), network, meta.architectureSha256(), epoch, seed, savedAt,
        Optional.ofNullable(o).map(CheckpointMetadata.OptimizerEntry::name), o == null ? 0 : o.iterations());
  }

  private void weights(List<CheckpointMetadata.WeightEntry> weights) throws CheckpointFormatException {
    for (int i = 0; i < weights.size(); i++) {
      String field = "weights[" + i + "]";
      CheckpointMetadata.WeightEntry w = present(weights.get(i), field);
      text(w.path(), field + ".path");
      for (long dimension : present(w.shape(), field + ".shape")) {
        if (dimension < 0) {
          throw bad(field + ".shape", "has a negative dimension " + dimension);
        }
      }
    }
  }

  private void optimizer(CheckpointMetadata.OptimizerEntry o) throws CheckpointFormatException {
    text(o.name(), "optimizer.name");
    long iterations = present(o.iterations(), "optimizer.iterations");
    if (iterations < 0) {
      throw bad("optimizer.iterations", "must be >= 0, got " + iterations);
    }
    double learningRate = present(o.learningRate(), "optimizer.learning_rate");
    if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
      throw bad("optimizer.learning_rate", "must be a positive finite number, got " + learningRate);
    }
    Set<String> seen = new HashSet<>();
    List<String> slots = present(o.slots(), "optimizer.slots");
    for (int i = 0; i < slots.size(); i++) {
      String slot = text(slots.get(i), "optimizer.slots[" + i + "]");
      if (!seen.add(slot)) {
        throw bad("optimizer.slots", "names " + slot + " twice");
      }
    }
  }

  private Instant instant(String text) throws CheckpointFormatException {
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw bad("saved_at", "is not an ISO-8601 UTC time such as 2026-11-29T14:56:03.123Z: '" + text + "'");
    }
  }

  private <T> T present(T value, String field) throws CheckpointFormatException {
    if (value == null) {
      throw bad(field, "is missing or null");
    }
    return value;
  }

  private String text(String value, String field) throws CheckpointFormatException {
    if (present(value, field).isBlank()) {
      throw bad(field, "is empty");
    }
    return value;
  }

  private CheckpointFormatException bad(String field, String problem) {
    return new CheckpointFormatException(where + ": '" + field + "' " + problem);
  }
}
