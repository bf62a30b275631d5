package dev.lamina.cli.data;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.lamina.runtime.data.image.ImageLoader;
import dev.lamina.runtime.data.preprocess.StandardScaler;
import dev.lamina.runtime.io.AtomicFiles;
import dev.lamina.runtime.predict.ImagePreprocessing;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * How a run prepared its data, saved as {@code preprocessing.json} beside its checkpoints, so that
 * {@code evaluate} and {@code predict} read, split and scale images exactly as training did. Both
 * scalings are {@code (x - mean) / std} on raw pixel values 0..255: a standardization with the
 * training images' mean and standard deviation, or a rescaling by {@code 1/255} (mean 0, std 255).
 * Files of runs made before image folders existed hold only {@code mean}, {@code std},
 * {@code validationSize} and {@code trainLimit}: they are Fashion-MNIST runs, standardized.
 *
 * @param network the network's qualified name, to find it again among networks of the same simple
 *     name (null in records that predate it)
 * @param dataset {@code fashion-mnist}, {@code mnist} or {@code image-folder} (null: Fashion-MNIST)
 * @param scaling {@code standardize} or {@code rescale} (null: standardize)
 * @param mean subtracted from raw pixel values
 * @param std what they are then divided by
 * @param validationSize images held out of the training data for validation (0 with a validation folder)
 * @param trainLimit training images used (0 = all)
 * @param trainDir the training image folder, absolute (image folders only)
 * @param validationDir the validation image folder, or null for a split of the training folder
 * @param testDir the test image folder, or null when the run had none
 * @param splitSeed the seed of the validation split and of the training sample (image folders)
 * @param classFolders the class folders by class index (image folders)
 * @param classNames the class names by class index
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Preprocessing(String network, String dataset, String scaling, double mean, double std, int validationSize,
    int trainLimit, String trainDir, String validationDir, String testDir, long splitSeed, List<String> classFolders,
    List<String> classNames) {
  /** The file name, in the run's directory (the runtime's {@link ImagePreprocessing#FILE_NAME}). */
  public static final String FILE_NAME = ImagePreprocessing.FILE_NAME;
  /** {@link #dataset} of image-folder runs. */
  public static final String IMAGE_FOLDER = "image-folder";
  /** {@link #scaling} by the training images' statistics. */
  public static final String STANDARDIZE = "standardize";
  /** {@link #scaling} by {@code 1/255}. */
  public static final String RESCALE = "rescale";

  /** The record of an IDX (MNIST-style) run; {@link #withNetwork} adds the network. */
  public static Preprocessing idx(IdxDataset dataset, String scaling, StandardScaler scaler, int validationSize,
      int trainLimit, List<String> classNames) {
    return new Preprocessing(null, dataset.id(), scaling, scaler.mean(), scaler.std(), validationSize, trainLimit, null, null,
        null, 0, null, classNames);
  }

  /** This record naming the run's network, by qualified name. */
  public Preprocessing withNetwork(String qualifiedName) {
    return new Preprocessing(qualifiedName, dataset, scaling, mean, std, validationSize, trainLimit, trainDir,
        validationDir, testDir, splitSeed, classFolders, classNames);
  }

  /** Whether the run trained on image folders. */
  @JsonIgnore
  public boolean imageFolder() {
    return IMAGE_FOLDER.equals(dataset);
  }

  /** The IDX dataset of an IDX run (Fashion-MNIST for records without {@code dataset}). */
  @JsonIgnore
  public IdxDataset idxDataset() {
    return dataset == null ? IdxDataset.FASHION_MNIST : IdxDataset.named(dataset);
  }

  /** {@link #scaling}, {@code standardize} when the record predates it. */
  @JsonIgnore
  public String scalingOrDefault() {
    return scaling == null ? STANDARDIZE : scaling;
  }

  /**
   * The runtime's view of this record, how a {@link dev.lamina.runtime.predict.Predictor} scales images.
   *
   * @throws IllegalArgumentException if {@code mean} is not finite or {@code std} not positive
   */
  public ImagePreprocessing imagePreprocessing() {
    return new ImagePreprocessing(mean, std);
  }

  /** The scaler these statistics describe, on raw pixel values. */
  public StandardScaler scaler() {
    return StandardScaler.of(mean, std);
  }

  /** The scaled values of raw black (0) and white (255): the value range of the scaled images. */
  @JsonIgnore
  public double[] valueRange() {
    return new double[] {(0 - mean) / std, (255 - mean) / std};
  }

  /** A loader reading single files as the run read its images, at the network's input shape. */
  public ImageLoader loader(int[] inputShape) {
    return ImageLoader.of(inputShape[0], inputShape[1], inputShape[2], 1).standardized(mean, std);
  }

  /** Writes the record as JSON into {@code directory}, atomically. */
  public void writeTo(Path directory) throws IOException {
    byte[] bytes = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(this);
    AtomicFiles.write(directory.resolve(FILE_NAME), bytes);
  }

  /** Where the preprocessing of {@code checkpoint}'s run is, if it was saved: its directory's {@link #FILE_NAME}. */
  public static Path besidesFile(Path checkpoint) {
    return ImagePreprocessing.fileBesides(checkpoint);
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
    return Optional.of(read(file));
  }

  /**
   * Reads a preprocessing record: a run's {@code preprocessing.json}, or any JSON object with at least
   * {@code mean} and {@code std} (the runtime's {@link ImagePreprocessing}).
   *
   * @throws IOException if the file cannot be read, is not such a record, or holds unusable values; the
   *     message names the file
   */
  public static Preprocessing read(Path file) throws IOException {
    Preprocessing p;
    try {
      p = new ObjectMapper().readValue(file.toFile(), Preprocessing.class);
    } catch (IOException e) {
      throw new IOException(file + " is not a readable preprocessing record: " + e.getMessage(), e);
    }
    try {
      p.imagePreprocessing();
    } catch (IllegalArgumentException e) {
      throw new IOException(file + " is not a usable preprocessing record: 'std' must be positive and 'mean' finite;"
          + " found mean=" + p.mean() + ", std=" + p.std());
    }
    if (p.imageFolder() && (p.trainDir() == null || p.classFolders() == null)) {
      throw new IOException(file + " is not a usable preprocessing record: an image-folder run needs 'trainDir' and"
          + " 'classFolders'");
    }
    if (p.dataset() != null && !p.imageFolder()) {
      try {
        IdxDataset.named(p.dataset());
      } catch (IllegalArgumentException e) {
        throw new IOException(file + " is not a usable preprocessing record: " + e.getMessage(), e);
      }
    }
    return p;
  }
}
