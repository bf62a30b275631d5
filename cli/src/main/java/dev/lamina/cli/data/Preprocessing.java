package dev.lamina.samples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.lamina.runtime.data.preprocess.StandardScaler;
import dev.lamina.runtime.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * How a run prepared its data, saved as {@code preprocessing.json} beside its checkpoints so that
 * {@code evaluate} and {@code predict} scale images exactly as training did.
 *
 * @param mean the standardization mean, raw pixel units (0..255)
 * @param std the standardization standard deviation, raw pixel units
 * @param validationSize training images held out for validation
 * @param trainLimit training images used (0 = all)
 */
public record Preprocessing(double mean, double std, int validationSize, int trainLimit) {
  /** The file name, in the run's directory. */
  public static final String FILE_NAME = "preprocessing.json";

  /** The scaler these statistics describe. */
  public StandardScaler scaler() {
    return StandardScaler.of(mean, std);
  }

  /** Writes the record as JSON into {@code directory}, atomically. */
  public void writeTo(Path directory) throws IOException {
    byte[] bytes = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(this);
    AtomicFiles.write(directory.resolve(FILE_NAME), bytes);
  }

  /** Where the preprocessing of {@code checkpoint}'s run is, if it was saved: its directory's {@link #FILE_NAME}. */
  public static Path besidesFile(Path checkpoint) {
    Path dir = checkpoint.toAbsolutePath().getParent();
    return dir == null ? null : dir.resolve(FILE_NAME);
  }

  /**
   * The preprocessing saved beside {@code checkpoint}, if any.
   *
   * @throws IOException if the file exists but cannot be read as this record
   */
  public static Optional<Preprocessing> besides(Path checkpoint) throws IOException {
    Path file = besidesFile(checkpoint);
    if (file == null || !Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(new ObjectMapper().readValue(file.toFile(), Preprocessing.class));
    } catch (IOException e) {
      throw new IOException(file + " is not a readable preprocessing record: " + e.getMessage(), e);
    }
  }
}
