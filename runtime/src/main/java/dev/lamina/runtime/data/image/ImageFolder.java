package dev.lamina.runtime.data.image;

import dev.lamina.runtime.data.BatchBufferPool;
import dev.lamina.runtime.data.BatchIterator;
import dev.lamina.runtime.data.Dataset;
import dev.lamina.runtime.data.LabelMode;
import dev.lamina.runtime.data.Order;
import dev.lamina.runtime.data.array.ArrayDataset;
import dev.lamina.runtime.data.preprocess.Scaling;
import dev.lamina.runtime.data.preprocess.StandardScaler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * Images on disk, one sub-directory per class, streamed in batches: the layout of Keras's
 * {@code image_dataset_from_directory} and of Kaggle's 10 Monkey Species
 * ({@code training/n0/*.jpg ... training/n9/*.jpg}, {@code validation/n0/...}).
 *
 * <pre>{@code
 * ImageFolder training = ImageFolder.builder(root.resolve("training"))
 *     .imageSize(150, 150).channels(3).rescale(1 / 255.0)
 *     .labelNames(root.resolve("monkey_labels.txt"), 2)
 *     .build();                                   // a Dataset: batches [32, 150, 150, 3]
 * }</pre>
 *
 * <p><b>Classes.</b> The sub-directories' names, sorted, give the class indices 0, 1, ...; images
 * are found recursively inside them by extension (.jpg, .jpeg, .png, .bmp, .gif, any case), in path
 * order. Hidden folders and files (names starting with {@code .}, such as {@code .DS_Store} and
 * macOS's AppleDouble files {@code ._a.png}) are ignored, as are symbolic links that lead nowhere or
 * loop. {@link #classNames()} are the folder names, or the names a label-names file gives them:
 * see {@link Builder#labelNames(Path, int)} for its format; a file {@code labels.txt} in the root is
 * read when no other is named.
 *
 * <p><b>Pixels.</b> Each image is decoded when its batch is made (JPEG through TwelveMonkeys, PNG,
 * BMP, GIF through ImageIO), converted to the declared channels (RGB, or BT.601 luma for one
 * channel), resized to the declared height and width ignoring its aspect ratio, and scaled: values
 * are {@code 0..255 * rescale}. Features are {@code [batch, height, width, channels]}. With
 * prefetching (the default) a background thread decodes the next batch during the current one.
 *
 * <p><b>Unreadable files</b> fail the batch that reaches them with an {@link UnreadableImageException}
 * naming the file, or are left out ({@link UnreadableImages#SKIP}) and listed in {@link #skipped()}.
 *
 * <p><b>Splits and scaling.</b> {@link #split(int, long)} holds out a seeded random part for
 * validation (Keras's {@code validation_split} with a {@code seed}), {@link #sample} keeps a seeded
 * random part, {@link #standardized} applies a {@link StandardScaler} fit on the training images
 * ({@code StandardScaler.fit(folder)}); a validation or test folder takes the training folder's
 * classes with {@link Builder#classFolders}. {@link #loader()} reads single files the same way, for
 * prediction; {@code Augmentation.applyTo(folder)} augments the images on the fly.
 */
public final class ImageFolder implements Dataset {
  private final Path root;
  private final List<ImageFile> files;
  private final List<String> classFolders;
  private final List<String> classNames;
  private final List<SkippedImage> skipped;
  private final ImageDecoder decoder;
  private final int[] exampleShape;
  private final int[] labelShape;
  private final boolean prefetch;
  private final DataType dataType;
  private final BatchBufferPool pool;

  private ImageFolder(Builder builder, ImageIndex index, List<String> classNames) {
    this.root = builder.root;
    this.classFolders = index.folders();
    this.classNames = classNames;
    this.decoder = new ImageDecoder(builder.height, builder.width, builder.channels, builder.rescale, 0);
    this.exampleShape = new int[] {builder.height, builder.width, builder.channels};
    this.labelShape = builder.labelMode == LabelMode.INT ? new int[0] : new int[] {classNames.size()};
    this.prefetch = builder.prefetch;
    this.dataType = builder.dataType;
    this.pool = new BatchBufferPool(exampleShape, builder.dataType, labelShape);
    if (builder.unreadable == UnreadableImages.SKIP) {
      this.skipped = UnreadableScan.scan(index.files(), decoder, root);
      Set<Path> left = skipped.stream().map(SkippedImage::file).collect(Collectors.toSet());
      this.files = index.files().stream().filter(f -> !left.contains(f.file())).toList();
    } else {
      this.skipped = List.of();
      this.files = index.files();
    }
  }

  /** A part of {@code base}, or {@code base} read through another decoder. */
  private ImageFolder(ImageFolder base, List<ImageFile> files, ImageDecoder decoder) {
    this.root = base.root;
    this.files = List.copyOf(files);
    this.classFolders = base.classFolders;
    this.classNames = base.classNames;
    this.skipped = base.skipped;
    this.decoder = decoder;
    this.exampleShape = base.exampleShape;
    this.labelShape = base.labelShape;
    this.prefetch = base.prefetch;
    this.dataType = base.dataType;
    this.pool = new BatchBufferPool(exampleShape, dataType, labelShape);
  }

  /** Options for the folder at {@code root} (the directory holding one sub-directory per class). */
  public static Builder builder(Path root) {
    return new Builder(root);
  }

  @Override
  public int size() {
    return files.size();
  }

  /** {@code {height, width, channels}} as declared. */
  @Override
  public int[] exampleShape() {
    return exampleShape.clone();
  }

  /** {@code {}} for class indices, {@code {classes}} for one-hot rows. */
  @Override
  public int[] labelShape() {
    return labelShape.clone();
  }

  /** The directory holding the class folders. */
  public Path root() {
    return root;
  }

  /** The name of each class index: the sorted folder names, or their names from the label-names file. */
  public List<String> classNames() {
    return classNames;
  }

  /**
   * The class folders' names by class index: the sorted sub-directories, or those given to
   * {@link Builder#classFolders}. Give them to a validation or test folder's builder so that its
   * class indices are this folder's.
   */
  public List<String> classFolders() {
    return classFolders;
  }

  /** The type of batch features (and one-hot rows). */
  public DataType dataType() {
    return dataType;
  }

  /**
   * Holds out {@code validationCount} images, drawn at random with {@code seed}, for validation; the
   * rest are for training. As Keras's {@code image_dataset_from_directory(validation_split, seed)}
   * does, the images are shuffled with the seed and the last ones held out (the same seed gives the
   * same split; no class is favoured); each part keeps the stored order. Nothing is read.
   *
   * @throws IllegalArgumentException if {@code validationCount} is not within {@code [1, size())}
   */
  public FolderSplit split(int validationCount, long seed) {
    if (validationCount < 1 || validationCount >= files.size()) {
      throw new IllegalArgumentException("cannot hold out " + validationCount + " of the " + files.size()
          + " images of " + root + " for validation: expected 1 to " + (files.size() - 1)
          + " so that both parts have images");
    }
    int[] shuffled = Order.shuffled(seed).indices(files.size());
    int trainCount = files.size() - validationCount;
    return new FolderSplit(part(Arrays.copyOfRange(shuffled, 0, trainCount)),
        part(Arrays.copyOfRange(shuffled, trainCount, shuffled.length)));
  }

  /**
   * {@link #split(int, long)} holding out {@code (int) (validationFraction * size())} images, as
   * Keras's {@code validation_split}.
   *
   * @throws IllegalArgumentException if the fraction is not within {@code (0, 1)} or leaves a part empty
   */
  public FolderSplit split(double validationFraction, long seed) {
    if (!(validationFraction > 0 && validationFraction < 1)) {
      throw new IllegalArgumentException("validationFraction must be between 0 and 1 (exclusive), got "
          + validationFraction);
    }
    return split((int) (validationFraction * files.size()), seed);
  }

  /**
   * {@code count} images drawn at random with {@code seed}, in stored order: a smaller training set.
   *
   * @throws IllegalArgumentException if {@code count} is not within {@code [1, size()]}
   */
  public ImageFolder sample(int count, long seed) {
    if (count < 1 || count > files.size()) {
      throw new IllegalArgumentException("cannot sample " + count + " of the " + files.size() + " images of " + root);
    }
    return part(Arrays.copyOf(Order.shuffled(seed).indices(files.size()), count));
  }

  /**
   * The same images standardized: values {@code (v - mean) / std} for this folder's values {@code v},
   * with the scaler's (global) mean and standard deviation, e.g. fit on the training images by
   * {@code StandardScaler.fit(training)}.
   *
   * @throws IllegalArgumentException if the scaler was fitted per feature
   */
  public ImageFolder standardized(StandardScaler scaler) {
    if (scaler.scaling() != Scaling.GLOBAL) {
      throw new IllegalArgumentException("image folders are standardized with one mean and std (Scaling.GLOBAL);"
          + " this scaler was fitted per feature");
    }
    return new ImageFolder(this, files, decoder.standardized(scaler.mean(), scaler.std()));
  }

  /**
   * Every image decoded once into memory: an {@link ArrayDataset} of this folder's examples, values,
   * labels (mode and type included) and order, so that each epoch (and its augmentation) reads arrays
   * instead of decoding files, as Keras's {@code dataset.cache()}. Decodes in parallel on the common
   * fork-join pool. Needs {@code 4 * size() * height * width * channels} bytes of heap.
   *
   * @throws UnreadableImageException for an image that cannot be decoded
   * @throws IllegalArgumentException if the images hold more values than a Java array can
   */
  public ArrayDataset load() {
    int length = decoder.length();
    long total = (long) length * files.size();
    if (total > ValueLimits.MAX_VALUES) {
      throw new IllegalArgumentException(files.size() + " images of " + length + " values are " + total + " values,"
          + " more than the " + ValueLimits.MAX_VALUES + " an array holds; stream them (batches) instead");
    }
    float[] values = new float[(int) total];
    int[] labels = new int[files.size()];
    IntStream.range(0, files.size()).parallel().forEach(i -> {
      float[] pixels = new float[length];
      decoder.decode(files.get(i).file(), pixels);
      System.arraycopy(pixels, 0, values, i * length, length);
      labels[i] = files.get(i).label();
    });
    ArrayDataset data = ArrayDataset.of(values, exampleShape, labels, classNames.size());
    data = labelShape.length == 0 ? data : data.withLabelMode(LabelMode.CATEGORICAL);
    return dataType == DataType.FLOAT ? data : data.withDataType(dataType);
  }

  /** A loader that reads single image files exactly as this folder reads its images. */
  public ImageLoader loader() {
    return new ImageLoader(decoder);
  }

  private ImageFolder part(int[] indices) {
    int[] sorted = indices.clone();
    Arrays.sort(sorted);
    List<ImageFile> chosen = new ArrayList<>(sorted.length);
    for (int i : sorted) {
      chosen.add(files.get(i));
    }
    return new ImageFolder(this, chosen, decoder);
  }

  /** The examples in stored order: class after class, files in path order. */
  public List<ImageFile> files() {
    return files;
  }

  /** The files left out as unreadable ({@link UnreadableImages#SKIP}), in path order; else empty. */
  public List<SkippedImage> skipped() {
    return skipped;
  }

  /**
   * {@inheritDoc}
   *
   * @throws UnreadableImageException from {@code next()}, for a file that cannot be decoded
   */
  @Override
  public BatchIterator batches(int batchSize, Order order) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be at least 1, got " + batchSize);
    }
    ValueLimits.checkBatch(batchSize, exampleShape);
    return new ImageBatchIterator(files, decoder, pool, batchSize, order.indices(files.size()), prefetch);
  }

  @Override
  public String toString() {
    return "ImageFolder[" + root + ", " + files.size() + " images, " + classNames.size() + " classes, "
        + exampleShape[0] + "x" + exampleShape[1] + "x" + exampleShape[2] + "]";
  }

  /** Options for an {@link ImageFolder}; only {@link #imageSize(int, int)} is required. */
  public static final class Builder {
    private final Path root;
    private int height;
    private int width;
    private int channels = 3;
    private LabelMode labelMode = LabelMode.INT;
    private Path labelNames;
    private int labelColumn = 1;
    private List<String> classFolders;
    private double rescale = 1;
    private UnreadableImages unreadable = UnreadableImages.FAIL;
    private boolean prefetch = true;
    private DataType dataType = DataType.FLOAT;

    private Builder(Path root) {
      this.root = Objects.requireNonNull(root, "root");
    }

    /**
     * The network's input height and width: every image is resized to them.
     *
     * @throws IllegalArgumentException if either is not positive, or if {@code height * width} is
     *     more than one image can hold, {@link Integer#MAX_VALUE} values (with three channels,
     *     {@link #channels(int)} or {@link #build()} checks the product)
     */
    public Builder imageSize(int height, int width) {
      if (height < 1 || width < 1) {
        throw new IllegalArgumentException("imageSize must be positive, got " + height + "x" + width);
      }
      ValueLimits.checkImage(height, width, 1);
      this.height = height;
      this.width = width;
      return this;
    }

    /**
     * The network's input channels: 3 for RGB (the default), 1 for grayscale.
     *
     * @throws IllegalArgumentException if neither 1 nor 3, or if {@code height * width * channels}
     *     (with the image size set so far) is more than one image can hold
     */
    public Builder channels(int value) {
      if (value != 1 && value != 3) {
        throw new IllegalArgumentException("channels must be 1 (grayscale) or 3 (RGB), got " + value);
      }
      if (height > 0) {
        ValueLimits.checkImage(height, width, value);
      }
      this.channels = value;
      return this;
    }

    /**
     * The class folders, in class order, instead of the sorted sub-directories: the training folder's
     * {@link ImageFolder#classFolders()} for a validation or test folder, so that class indices agree.
     * A folder listed but absent has no images; a sub-directory not listed is an error.
     *
     * @throws IllegalArgumentException if the list is empty or repeats a name
     */
    public Builder classFolders(List<String> folders) {
      if (folders.isEmpty() || Set.copyOf(folders).size() != folders.size()) {
        throw new IllegalArgumentException("classFolders must name each class once, got " + folders);
      }
      this.classFolders = List.copyOf(folders);
      return this;
    }

    /** Class indices (the default) or one-hot rows. */
    public Builder labelMode(LabelMode value) {
      this.labelMode = Objects.requireNonNull(value, "labelMode");
      return this;
    }

    /** Reads class names from field 1 of a label-names file; see {@link #labelNames(Path, int)}. */
    public Builder labelNames(Path file) {
      return labelNames(file, 1);
    }

    /**
     * Reads class names from a label-names file: one line per class, fields separated by commas (or
     * tabs), the first field the class folder's name and field {@code column} (counting from 0) the
     * class's name. Blank lines, lines starting with {@code #} and a header line (a first line whose
     * first field is no class folder) are ignored; folders not listed keep their folder name. For
     * Kaggle's {@code monkey_labels.txt} ({@code Label, Latin Name, Common Name, Train Images,
     * Validation Images}), column 1 gives the Latin names and column 2 the common names.
     *
     * @throws IllegalArgumentException if {@code column} is less than 1
     */
    public Builder labelNames(Path file, int column) {
      if (column < 1) {
        throw new IllegalArgumentException("column must be at least 1 (column 0 is the folder), got " + column);
      }
      this.labelNames = Objects.requireNonNull(file, "file");
      this.labelColumn = column;
      return this;
    }

    /**
     * The factor pixel values 0..255 are multiplied by (default 1; Keras's {@code Rescaling(1/255)}
     * is {@code rescale(1 / 255.0)}).
     *
     * @throws IllegalArgumentException if not finite
     */
    public Builder rescale(double value) {
      if (!Double.isFinite(value)) {
        throw new IllegalArgumentException("rescale must be finite, got " + value);
      }
      this.rescale = value;
      return this;
    }

    /** What to do with files that cannot be decoded (default {@link UnreadableImages#FAIL}). */
    public Builder onUnreadable(UnreadableImages value) {
      this.unreadable = Objects.requireNonNull(value, "onUnreadable");
      return this;
    }

    /** Whether a background thread decodes the next batch during the current one (default true). */
    public Builder prefetch(boolean value) {
      this.prefetch = value;
      return this;
    }

    /**
     * The type of batch features and one-hot rows: the network's {@code Model.dataType()}.
     *
     * @throws IllegalArgumentException if neither {@code FLOAT} nor {@code DOUBLE}
     */
    public Builder dataType(DataType value) {
      if (value != DataType.FLOAT && value != DataType.DOUBLE) {
        throw new IllegalArgumentException("dataType must be FLOAT or DOUBLE, got " + value);
      }
      this.dataType = value;
      return this;
    }

    /**
     * Lists the class folders and their images (and, with {@link UnreadableImages#SKIP}, decodes
     * each once).
     *
     * @throws IllegalStateException if {@link #imageSize(int, int)} was not called
     * @throws IllegalArgumentException if {@code height * width * channels} is more than one image
     *     can hold, {@link Integer#MAX_VALUE} values
     * @throws IOException if the root is not a directory, has no class folders or no images, has a
     *     class folder not among {@link #classFolders}, or the label-names file cannot be read or is
     *     malformed (the message names file and line)
     */
    public ImageFolder build() throws IOException {
      if (height == 0) {
        throw new IllegalStateException("imageSize(height, width) is required: the network's input height"
            + " and width, to which every image is resized");
      }
      ValueLimits.checkImage(height, width, channels);
      ImageIndex index = ImageIndex.scan(root, classFolders);
      Path names = labelNames != null ? labelNames
          : Files.isRegularFile(root.resolve("labels.txt")) ? root.resolve("labels.txt") : null;
      List<String> classNames = names == null ? index.folders()
          : LabelNames.read(names, labelColumn, index.folders());
      ImageFolder folder = new ImageFolder(this, index, classNames);
      if (folder.size() == 0) {
        throw new IOException("none of the " + index.files().size() + " images in " + root + " can be read: "
            + folder.skipped());
      }
      return folder;
    }
  }
}
