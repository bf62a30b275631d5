package dev.lamina.cli.data;

import dev.lamina.runtime.data.Dataset;
import dev.lamina.runtime.data.array.ArrayDataset;
import dev.lamina.runtime.data.image.FolderSplit;
import dev.lamina.runtime.data.image.ImageFolder;
import dev.lamina.runtime.data.image.UnreadableImages;
import dev.lamina.runtime.data.preprocess.StandardScaler;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Image folders in Kaggle's layout (one sub-directory per class) as a run's data: every image
 * resized to the network's input height and width, converted to its channels (gray or RGB), and
 * scaled; the validation images from their own folder or a seeded split of the training folder (as
 * Keras's {@code validation_split} with a {@code seed}), an optional test folder.
 */
public final class FolderData {
  /** Keras's usual {@code validation_split} when neither a validation folder nor a size is given. */
  public static final double DEFAULT_VALIDATION_SPLIT = 0.2;

  private FolderData() {}

  /**
   * What a training run asks for.
   *
   * @param trainDir the training folder
   * @param validationDir the validation folder, or null to split the training folder
   * @param validationSplit the fraction of the training folder to hold out, or null
   * @param validationSize the number of training images to hold out, or null (with neither,
   *     {@link #DEFAULT_VALIDATION_SPLIT})
   * @param testDir the test folder, or null
   * @param scaling {@link Preprocessing#STANDARDIZE} or {@link Preprocessing#RESCALE}
   * @param trainLimit train on a seeded sample of this many images (0 = all)
   * @param skipUnreadable whether to leave out images that cannot be decoded (else they fail the run)
   * @param stream whether to decode the images from disk every epoch even when they would fit in memory
   * @param seed the seed of the split and the sample
   */
  public record Request(Path trainDir, Path validationDir, Double validationSplit, Integer validationSize, Path testDir,
      String scaling, int trainLimit, boolean skipUnreadable, boolean stream, long seed) {}

  /**
   * Whether {@code images} decoded images of {@code shape} fit in memory: within a quarter of the
   * heap ({@code -Xmx}), so that training keeps room for the network and its batches.
   */
  static boolean fitsInMemory(long images, int[] shape) {
    return bytes(images, shape) <= Runtime.getRuntime().maxMemory() / 4;
  }

  private static long bytes(long images, int[] shape) {
    return 4L * images * shape[0] * shape[1] * shape[2];
  }

  /**
   * Lists the folders, splits, decodes the images into memory when they fit (else they are decoded
   * from disk as batches are made), and fits the standardization on the training images.
   *
   * @param inputShape the network's {@code {height, width, channels}}
   * @throws IOException if a folder is missing, has no class folders or images, or has classes the
   *     training folder does not (the message names it)
   * @throws IllegalArgumentException if the validation part would leave a part empty
   */
  public static TrainingData forTraining(Request r, int[] inputShape) throws IOException {
    ImageFolder all = builder(r.trainDir(), inputShape, r.skipUnreadable(), null).build();
    ImageFolder train;
    ImageFolder validation;
    int held;
    String validationFrom;
    if (r.validationDir() != null) {
      train = all;
      validation = builder(r.validationDir(), inputShape, r.skipUnreadable(), all.classFolders()).build();
      held = 0;
      validationFrom = r.validationDir().toString();
    } else {
      held = r.validationSize() != null ? r.validationSize()
          : (int) ((r.validationSplit() != null ? r.validationSplit() : DEFAULT_VALIDATION_SPLIT) * all.size());
      FolderSplit split = all.split(held, r.seed());
      train = split.train();
      validation = split.validation();
      validationFrom = "a split of the training folder (seed " + r.seed() + ")";
    }
    if (r.trainLimit() > 0 && r.trainLimit() < train.size()) {
      train = train.sample(r.trainLimit(), r.seed());
    }
    boolean rescale = Preprocessing.RESCALE.equals(r.scaling());
    Optional<ImageFolder> testFolder = Optional.empty();
    if (r.testDir() != null) {
      testFolder = Optional.of(builder(r.testDir(), inputShape, r.skipUnreadable(), all.classFolders()).build());
    }
    long images = train.size() + validation.size() + testFolder.map(ImageFolder::size).orElse(0);
    boolean inMemory = !r.stream() && fitsInMemory(images, inputShape);
    Dataset trainSet;
    Dataset validationSet;
    Optional<Dataset> testSet;
    StandardScaler scaler;
    if (inMemory) {
      // Decoded once (in parallel): every epoch then reads arrays, and only augmentation is per epoch.
      ArrayDataset trainArrays = train.load();
      scaler = rescale ? IdxData.RESCALE : StandardScaler.fit(trainArrays);
      trainSet = scaler.transform(trainArrays);
      validationSet = scaler.transform(validation.load());
      testSet = testFolder.map(t -> scaler.transform(t.load()));
    } else {
      scaler = rescale ? IdxData.RESCALE : StandardScaler.fit(train);
      trainSet = train.standardized(scaler);
      validationSet = validation.standardized(scaler);
      testSet = testFolder.map(t -> t.standardized(scaler));
    }
    Preprocessing p = new Preprocessing(null, Preprocessing.IMAGE_FOLDER, rescale ? Preprocessing.RESCALE
        : Preprocessing.STANDARDIZE, scaler.mean(), scaler.std(), held, r.trainLimit(), absolute(r.trainDir()),
        absolute(r.validationDir()), absolute(r.testDir()), r.seed(), all.classFolders(), all.classNames());
    String description = String.format(Locale.ROOT, "image folder %s: %d classes, images resized to %dx%dx%d; train"
        + " %,d, validation %,d from %s%s%s; %s; %s", r.trainDir(), all.classFolders().size(), inputShape[0],
        inputShape[1], inputShape[2], train.size(), validation.size(), validationFrom,
        testFolder.map(t -> String.format(Locale.ROOT, ", test %,d from %s", t.size(), r.testDir())).orElse(""),
        skipped(all), rescale ? "rescaled by 1/255"
            : String.format(Locale.ROOT, "standardized with mean %.4f, std %.4f", scaler.mean(), scaler.std()),
        inMemory ? String.format(Locale.ROOT, "decoded once into memory (%,.1f MB)", bytes(images, inputShape) / 1e6)
            : "decoded from disk every epoch");
    return new TrainingData(trainSet, validationSet, testSet, all.classNames(), p,
        "images in " + r.trainDir().getFileName(), description);
  }

  /**
   * The test or validation images of a finished image-folder run, read as the run read them.
   *
   * @param testDir a test folder to use instead of the run's, or null
   * @param validation whether to read the validation images instead of the test images
   * @throws IOException if a folder is missing or unreadable, or the run had no test folder and none is
   *     given
   */
  public static EvaluationSet forCheckpoint(Preprocessing p, int[] inputShape, Path testDir, boolean validation)
      throws IOException {
    StandardScaler scaler = p.scaler();
    ImageFolder folder;
    if (validation) {
      if (p.validationDir() != null) {
        folder = builder(Path.of(p.validationDir()), inputShape, false, p.classFolders()).build();
      } else {
        ImageFolder all = builder(Path.of(p.trainDir()), inputShape, false, p.classFolders()).build();
        folder = all.split(p.validationSize(), p.splitSeed()).validation();
      }
    } else {
      Path dir = testDir != null ? testDir : p.testDir() != null ? Path.of(p.testDir()) : null;
      if (dir == null) {
        throw new IOException("the run trained on image folder " + p.trainDir() + " without a test folder: give one"
            + " with --test-dir DIR, or use --validation for its validation images");
      }
      folder = builder(dir, inputShape, false, p.classFolders()).build();
    }
    return new EvaluationSet(validation ? "validation" : "test", folder.standardized(scaler), p.classNames());
  }

  private static ImageFolder.Builder builder(Path dir, int[] shape, boolean skipUnreadable, List<String> classes) {
    ImageFolder.Builder b = ImageFolder.builder(dir).imageSize(shape[0], shape[1]).channels(shape[2])
        .onUnreadable(skipUnreadable ? UnreadableImages.SKIP : UnreadableImages.FAIL);
    return classes == null ? b : b.classFolders(classes);
  }

  private static String skipped(ImageFolder folder) {
    return folder.skipped().isEmpty() ? "" : String.format(Locale.ROOT, " (%d unreadable images skipped)",
        folder.skipped().size());
  }

  private static String absolute(Path path) {
    return path == null ? null : path.toAbsolutePath().normalize().toString();
  }
}
