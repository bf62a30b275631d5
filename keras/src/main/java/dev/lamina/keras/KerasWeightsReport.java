package dev.lamina.keras;

import dev.lamina.keras.file.KerasFormat;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What {@link KerasWeights#load} loaded.
 *
 * @param file the Keras file
 * @param format its format
 * @param layers how many layers received weights
 * @param tensors how many tensors were assigned
 * @param values how many values (Keras's "Total params")
 * @param warnings settings that differ but affect training only (dropout rate, batch normalization
 *     momentum), one sentence each naming both layers
 */
public record KerasWeightsReport(Path file, KerasFormat format, int layers, int tensors, long values,
    List<String> warnings) {
  public KerasWeightsReport {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(format, "format");
    warnings = List.copyOf(warnings);
  }
}
