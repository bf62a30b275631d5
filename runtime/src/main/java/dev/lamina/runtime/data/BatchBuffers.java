package dev.lamina.runtime.data;

import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The two off-heap arrays of one batch size, written example by example through bulk copies into
 * their native memory, and the {@link Batch} that holds them. A dataset's iterator fills the same
 * {@code BatchBuffers} for every batch of a pass; {@link BatchBufferPool} keeps them between passes.
 *
 * <p>Features are {@code [batchSize, height, width, channels]} of {@code FLOAT} or {@code DOUBLE};
 * labels are {@code [batchSize]} {@code INT32} class indices, {@code [batchSize, classes]} one-hot
 * rows, or {@code [batchSize, ...targetShape]} targets, of the features' type. Not thread-safe.
 */
public final class BatchBuffers {
  private final int batchSize;
  private final int exampleLength;
  private final int labelLength;
  private final boolean classIndices;
  private final FloatBuffer featureFloats;
  private final DoubleBuffer featureDoubles;
  private final IntBuffer labelInts;
  private final FloatBuffer labelFloats;
  private final DoubleBuffer labelDoubles;
  private final float[] zeros;
  private final Batch batch;

  /**
   * Allocates the arrays.
   *
   * @param batchSize examples per batch, at least 1
   * @param exampleShape one example's feature shape, {@code {height, width, channels}}
   * @param featureType {@code FLOAT} or {@code DOUBLE}
   * @param labelShape {@code {}} for class indices ({@code INT32}), {@code {classes}} for one-hot
   *     rows, anything else for targets; one-hot rows and targets take {@code featureType}
   * @throws IllegalArgumentException if {@code batchSize} is not positive, a dimension is not
   *     positive, or {@code featureType} is neither {@code FLOAT} nor {@code DOUBLE}
   */
  public BatchBuffers(int batchSize, int[] exampleShape, DataType featureType, int[] labelShape) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be at least 1, got " + batchSize);
    }
    if (featureType != DataType.FLOAT && featureType != DataType.DOUBLE) {
      throw new IllegalArgumentException("features must be FLOAT or DOUBLE, got " + featureType);
    }
    this.batchSize = batchSize;
    this.exampleLength = length(exampleShape, "exampleShape");
    this.classIndices = labelShape.length == 0;
    this.labelLength = classIndices ? 1 : length(labelShape, "labelShape");
    INDArray features = Nd4j.create(featureType, prepend(batchSize, exampleShape));
    INDArray labels = classIndices
        ? Nd4j.create(DataType.INT32, batchSize)
        : Nd4j.create(featureType, prepend(batchSize, labelShape));
    boolean single = featureType == DataType.FLOAT;
    this.featureFloats = single ? features.data().asNioFloat() : null;
    this.featureDoubles = single ? null : features.data().asNioDouble();
    this.labelInts = classIndices ? labels.data().asNioInt() : null;
    this.labelFloats = !classIndices && single ? labels.data().asNioFloat() : null;
    this.labelDoubles = !classIndices && !single ? labels.data().asNioDouble() : null;
    this.zeros = new float[classIndices ? 0 : labelLength];
    this.batch = new Batch(features, labels);
  }

  /** Examples per batch: the first dimension of both arrays. */
  public int batchSize() {
    return batchSize;
  }

  /** The batch over these arrays (always the same instance). */
  public Batch batch() {
    return batch;
  }

  /**
   * Copies one example's features, {@code height * width * channels} values in NHWC order starting
   * at {@code source[offset]}, into row {@code row}.
   */
  public void putFeatures(int row, float[] source, int offset) {
    int at = row * exampleLength;
    if (featureFloats != null) {
      featureFloats.put(at, source, offset, exampleLength);
    } else {
      for (int i = 0; i < exampleLength; i++) {
        featureDoubles.put(at + i, source[offset + i]);
      }
    }
  }

  /**
   * Writes a class label into row {@code row}: the index itself, or a one-hot row.
   *
   * @throws IllegalArgumentException if the labels are one-hot rows and {@code classIndex} is not a
   *     column of them
   */
  public void putClass(int row, int classIndex) {
    if (classIndices) {
      labelInts.put(row, classIndex);
      return;
    }
    if (classIndex < 0 || classIndex >= labelLength) {
      throw new IllegalArgumentException("class " + classIndex + " is outside the " + labelLength
          + " one-hot columns");
    }
    int at = row * labelLength;
    if (labelFloats != null) {
      labelFloats.put(at, zeros, 0, labelLength);
      labelFloats.put(at + classIndex, 1f);
    } else {
      for (int i = 0; i < labelLength; i++) {
        labelDoubles.put(at + i, 0d);
      }
      labelDoubles.put(at + classIndex, 1d);
    }
  }

  /**
   * Copies one example's targets ({@code labelShape}'s product of values from {@code source[offset]})
   * into row {@code row}.
   *
   * @throws IllegalStateException if the labels are class indices
   */
  public void putTargets(int row, float[] source, int offset) {
    if (classIndices) {
      throw new IllegalStateException("these buffers hold class indices, not targets");
    }
    int at = row * labelLength;
    if (labelFloats != null) {
      labelFloats.put(at, source, offset, labelLength);
    } else {
      for (int i = 0; i < labelLength; i++) {
        labelDoubles.put(at + i, source[offset + i]);
      }
    }
  }

  private static int length(int[] shape, String what) {
    long length = 1;
    for (int d : shape) {
      if (d < 1) {
        throw new IllegalArgumentException(what + " dimensions must be positive, got " + Arrays.toString(shape));
      }
      length *= d;
    }
    return Math.toIntExact(length);
  }

  private static long[] prepend(int first, int[] rest) {
    long[] shape = new long[rest.length + 1];
    shape[0] = first;
    for (int i = 0; i < rest.length; i++) {
      shape[i + 1] = rest[i];
    }
    return shape;
  }
}
