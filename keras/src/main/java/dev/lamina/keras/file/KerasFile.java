package dev.lamina.keras.file;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A Keras file read into memory: its format, the architecture when the format has one, and every
 * weight tensor. {@link KerasFiles#read(Path)} reads one.
 *
 * @param path where it was read from
 * @param format which of Keras's formats it is
 * @param kerasVersion the Keras version that wrote it ({@code keras_version}), when recorded
 * @param configJson the model's configuration as Keras wrote it ({@code model_config} or
 *     {@code config.json}); empty for weights-only formats
 * @param weights the weights
 */
public record KerasFile(Path path, KerasFormat format, Optional<String> kerasVersion, Optional<String> configJson,
    WeightSet weights) {
  public KerasFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(kerasVersion, "kerasVersion");
    Objects.requireNonNull(configJson, "configJson");
    Objects.requireNonNull(weights, "weights");
  }

  /** The file's name, as messages and generated comments show it. */
  public String fileName() {
    return path.getFileName() == null ? path.toString() : path.getFileName().toString();
  }
}
