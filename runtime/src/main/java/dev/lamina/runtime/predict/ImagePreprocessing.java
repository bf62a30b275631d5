package dev.lamina.runtime.predict;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * How images are scaled before the network sees them, as the training run did: pixel values 0..255
 * become {@code (x - mean) / std} (one mean and standard deviation over all pixels, as the Keras
 * tutorial's {@code StandardScaler}). A training run writes them to {@code preprocessing.json} beside its
 * checkpoints ({@code {"mean": 72.94, "std": 89.99, ...}}; other keys are ignored).
 *
 * @param mean subtracted from each raw pixel value (0..255 units)
 * @param std then divided by; positive
 */
public record ImagePreprocessing(double mean, double std) {
  /** The file name a training run writes beside its checkpoints. */
  public static final String FILE_NAME = "preprocessing.json";

  /** @throws IllegalArgumentException if a value is not finite or {@code std} is not positive */
  public ImagePreprocessing {
    if (!Double.isFinite(mean) || !Double.isFinite(std) || std <= 0) {
      throw new IllegalArgumentException("image preprocessing needs a finite mean and a positive, finite std; got"
          + " mean=" + mean + ", std=" + std);
    }
  }

  /** Raw pixel values, 0..255, unchanged. */
  public static ImagePreprocessing none() {
    return new ImagePreprocessing(0, 1);
  }

  /** Scales raw values in place: {@code (x - mean) / std}. */
  void apply(float[] values) {
    for (int i = 0; i < values.length; i++) {
      values[i] = (float) ((values[i] - mean) / std);
    }
  }

  /**
   * Reads a {@code preprocessing.json}.
   *
   * @throws java.nio.file.NoSuchFileException if there is no such file
   * @throws IOException if it is not JSON, or {@code mean} or {@code std} is missing, not a number or out of
   *     range; the message names the file and the field
   */
  public static ImagePreprocessing read(Path file) throws IOException {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(Files.readAllBytes(file));
    } catch (JacksonException e) {
      throw new IOException(file + " is not valid JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new IOException(file + " must hold a JSON object with \"mean\" and \"std\"");
    }
    double mean = number(root, "mean", file);
    double std = number(root, "std", file);
    try {
      return new ImagePreprocessing(mean, std);
    } catch (IllegalArgumentException e) {
      throw new IOException(file + ": " + e.getMessage(), e);
    }
  }

  /**
   * The preprocessing saved beside {@code checkpoint} ({@link #FILE_NAME} in its directory), if there is
   * one.
   *
   * @throws IOException if the file exists but is not readable as a preprocessing record
   */
  public static Optional<ImagePreprocessing> besides(Path checkpoint) throws IOException {
    Path file = fileBesides(checkpoint);
    return file == null || !Files.isRegularFile(file) ? Optional.empty() : Optional.of(read(file));
  }

  /**
   * Where a training run writes the preprocessing of {@code checkpoint}: {@link #FILE_NAME} in the
   * checkpoint's directory (absolute), or null when the path has no directory.
   */
  public static Path fileBesides(Path checkpoint) {
    Path dir = checkpoint.toAbsolutePath().getParent();
    return dir == null ? null : dir.resolve(FILE_NAME);
  }

  private static double number(JsonNode root, String field, Path file) throws IOException {
    JsonNode node = root.get(field);
    if (node == null || !node.isNumber()) {
      throw new IOException(file + ": \"" + field + "\" must be a number, found "
          + (node == null ? "nothing" : node.toString()));
    }
    return node.doubleValue();
  }
}
