package dev.lamina.runtime.data.array;

import dev.lamina.runtime.data.BatchBufferPool;
import dev.lamina.runtime.data.BatchIterator;
import dev.lamina.runtime.data.Dataset;
import dev.lamina.runtime.data.LabelMode;
import dev.lamina.runtime.data.Order;
import java.nio.FloatBuffer;
import java.util.Arrays;
import java.util.Objects;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Examples held in memory: features in a Java {@code float[]} (NHWC, example after example) and
 * class indices in an {@code int[]}, or float targets. Batches are copied from these arrays into
 * reused off-heap buffers (see {@link dev.lamina.runtime.data.Batch}), in stored or seeded-shuffled
 * order, the last batch holding the remainder.
 *
 * <p>Datasets are immutable views: {@link #slice}, {@link #withLabelMode}, {@link #withDataType}
 * and {@link #withFeatures} share the arrays they do not replace. The arrays passed to the factory
 * methods are used, not copied: do not change them afterwards. Iterators of one dataset may run in
 * different threads at the same time; each iterator is for one thread.
 */
public final class ArrayDataset implements Dataset {
  private final float[] features;
  private final int featureStart;
  private final int[] exampleShape;
  private final int exampleLength;
  private final LabelStore labels;
  private final int labelStart;
  private final int size;
  private final DataType dataType;
  private final BatchBufferPool pool;

  private ArrayDataset(float[] features, int featureStart, int[] exampleShape, LabelStore labels,
      int labelStart, int size, DataType dataType) {
    this.features = features;
    this.featureStart = featureStart;
    this.exampleShape = exampleShape;
    this.exampleLength = ExampleShapes.length(exampleShape);
    this.labels = labels;
    this.labelStart = labelStart;
    this.size = size;
    this.dataType = dataType;
    this.pool = new BatchBufferPool(exampleShape, dataType, labels.shape());
  }

  /**
   * Examples with class labels, delivered as indices ({@link LabelMode#INT}).
   *
   * @param features {@code n * height * width * channels} values, example after example, NHWC
   * @param exampleShape one example's shape, {@code {height, width, channels}}
   * @param labels {@code n} class indices in {@code [0, classCount)}
   * @param classCount number of classes
   * @throws IllegalArgumentException if a dimension or {@code classCount} is not positive, the
   *     lengths do not agree, a label is outside {@code [0, classCount)} (the message gives its
   *     position and value), or a feature is NaN or infinite (the message gives the example)
   */
  public static ArrayDataset of(float[] features, int[] exampleShape, int[] labels, int classCount) {
    Objects.requireNonNull(labels, "labels");
    if (classCount < 1) {
      throw new IllegalArgumentException("classCount must be at least 1, got " + classCount);
    }
    for (int i = 0; i < labels.length; i++) {
      if (labels[i] < 0 || labels[i] >= classCount) {
        throw new IllegalArgumentException("label " + labels[i] + " of example " + i + " is outside [0, "
            + classCount + ")");
      }
    }
    int[] shape = ExampleShapes.checkFeatures(features, exampleShape, labels.length);
    return new ArrayDataset(features, 0, shape, new LabelStore.Classes(labels, classCount, LabelMode.INT),
        0, labels.length, DataType.FLOAT);
  }

  /**
   * Examples with per-example float targets (an autoencoder's images, a regression's values).
   *
   * @param features {@code n * height * width * channels} values, NHWC
   * @param exampleShape one example's shape, {@code {height, width, channels}}
   * @param targets {@code n * product(targetShape)} values, example after example
   * @param targetShape one example's target shape, e.g. {@code {height, width, channels}}
   * @throws IllegalArgumentException if a dimension is not positive, the lengths do not agree, or a
   *     feature or target is NaN or infinite
   */
  public static ArrayDataset ofTargets(float[] features, int[] exampleShape, float[] targets,
      int[] targetShape) {
    Objects.requireNonNull(targets, "targets");
    int targetLength = ExampleShapes.length(ExampleShapes.check(targetShape, "targetShape"));
    if (targets.length % targetLength != 0) {
      throw new IllegalArgumentException("targets hold " + targets.length + " values, not a multiple of "
          + Arrays.toString(targetShape) + " = " + targetLength);
    }
    int n = targets.length / targetLength;
    ExampleShapes.requireFinite("targets", targets, targetShape);
    int[] shape = ExampleShapes.checkFeatures(features, exampleShape, n);
    return new ArrayDataset(features, 0, shape,
        new LabelStore.Targets(targets, targetShape.clone(), targetLength), 0, n, DataType.FLOAT);
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public int[] exampleShape() {
    return exampleShape.clone();
  }

  @Override
  public int[] labelShape() {
    return labels.shape();
  }

  /** The floating-point type of batch features (and of one-hot rows and targets). */
  public DataType dataType() {
    return dataType;
  }

  /** Whether the labels are classes (rather than targets). */
  public boolean hasClasses() {
    return labels instanceof LabelStore.Classes;
  }

  /**
   * Number of classes.
   *
   * @throws IllegalStateException if the labels are targets
   */
  public int classCount() {
    return classes().classCount();
  }

  /**
   * How class labels are delivered.
   *
   * @throws IllegalStateException if the labels are targets
   */
  public LabelMode labelMode() {
    return classes().mode();
  }

  /**
   * The class index of example {@code index}.
   *
   * @throws IllegalStateException if the labels are targets
   * @throws IndexOutOfBoundsException if {@code index} is outside {@code [0, size())}
   */
  public int label(int index) {
    return classes().indices()[labelStart + Objects.checkIndex(index, size)];
  }

  /**
   * A copy of the class indices, {@code [size()]}.
   *
   * @throws IllegalStateException if the labels are targets
   */
  public int[] labels() {
    return Arrays.copyOfRange(classes().indices(), labelStart, labelStart + size);
  }

  /**
   * A read-only view of the features, {@code size() * height * width * channels} values, example
   * after example (NHWC); position 0 is this dataset's first example. Nothing is copied.
   */
  public FloatBuffer features() {
    return FloatBuffer.wrap(features, featureStart * exampleLength, size * exampleLength).slice()
        .asReadOnlyBuffer();
  }

  /**
   * A copy of one example's features, {@code height * width * channels} values, NHWC.
   *
   * @throws IndexOutOfBoundsException if {@code index} is outside {@code [0, size())}
   */
  public float[] example(int index) {
    int from = (featureStart + Objects.checkIndex(index, size)) * exampleLength;
    return Arrays.copyOfRange(features, from, from + exampleLength);
  }

  /**
   * All features as one new array, {@code [size(), height, width, channels]} of {@link #dataType()}.
   * Prefer {@link #batches} for training: this copies the whole dataset off-heap.
   */
  public INDArray featuresArray() {
    int from = featureStart * exampleLength;
    float[] values = Arrays.copyOfRange(features, from, from + size * exampleLength);
    long[] shape = new long[exampleShape.length + 1];
    shape[0] = size;
    for (int i = 0; i < exampleShape.length; i++) {
      shape[i + 1] = exampleShape[i];
    }
    INDArray array = Nd4j.create(values, shape, 'c');
    return dataType == DataType.FLOAT ? array : array.castTo(dataType);
  }

  /**
   * The examples {@code [from, to)} as a dataset sharing this one's arrays (nothing is copied).
   *
   * @throws IndexOutOfBoundsException if the range is not within {@code [0, size()]} or is empty
   */
  public ArrayDataset slice(int from, int to) {
    Objects.checkFromToIndex(from, to, size);
    if (from == to) {
      throw new IndexOutOfBoundsException("slice [" + from + ", " + to + ") is empty");
    }
    return new ArrayDataset(features, featureStart + from, exampleShape, labels, labelStart + from,
        to - from, dataType);
  }

  /**
   * The same examples with class labels delivered as {@code mode} says: indices, or one-hot rows for
   * categorical cross-entropy. Nothing is copied: one-hot rows are written as batches are made.
   *
   * @throws IllegalStateException if the labels are targets
   */
  public ArrayDataset withLabelMode(LabelMode mode) {
    LabelStore.Classes classes = classes();
    return new ArrayDataset(features, featureStart, exampleShape,
        new LabelStore.Classes(classes.indices(), classes.classCount(), Objects.requireNonNull(mode, "mode")),
        labelStart, size, dataType);
  }

  /**
   * The same examples with batch features (and one-hot rows or targets) of {@code type}, the
   * network's {@code Model.dataType()}.
   *
   * @throws IllegalArgumentException if {@code type} is neither {@code FLOAT} nor {@code DOUBLE}
   */
  public ArrayDataset withDataType(DataType type) {
    if (type != DataType.FLOAT && type != DataType.DOUBLE) {
      throw new IllegalArgumentException("batch features must be FLOAT or DOUBLE, got " + type);
    }
    return new ArrayDataset(features, featureStart, exampleShape, labels, labelStart, size, type);
  }

  /**
   * The same labels with other features of the same shape (a scaled or augmented copy).
   *
   * @param newFeatures {@code size() * height * width * channels} values, NHWC; used, not copied
   * @throws IllegalArgumentException if the length differs or a value is NaN or infinite
   */
  public ArrayDataset withFeatures(float[] newFeatures) {
    ExampleShapes.checkFeatures(newFeatures, exampleShape, size);
    return new ArrayDataset(newFeatures, 0, exampleShape, labels, labelStart, size, dataType);
  }

  /**
   * {@inheritDoc}
   *
   * <p>Batches are written into buffers reused across batches and, once the iterator is closed,
   * across passes; shuffling permutes by {@link Order#indices(int)}.
   */
  @Override
  public BatchIterator batches(int batchSize, Order order) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be at least 1, got " + batchSize);
    }
    return new ArrayBatchIterator(features, featureStart, exampleLength, labels, labelStart, pool,
        batchSize, Objects.requireNonNull(order, "order").indices(size));
  }

  @Override
  public String toString() {
    return "ArrayDataset[" + size + " x " + Arrays.toString(exampleShape) + " -> "
        + (labels instanceof LabelStore.Classes c ? c.classCount() + " classes, " + c.mode()
            : "targets " + Arrays.toString(labels.shape()))
        + ", " + dataType + "]";
  }

  private LabelStore.Classes classes() {
    if (labels instanceof LabelStore.Classes classes) {
      return classes;
    }
    throw new IllegalStateException("this dataset's labels are targets " + Arrays.toString(labels.shape())
        + ", not classes");
  }
}
