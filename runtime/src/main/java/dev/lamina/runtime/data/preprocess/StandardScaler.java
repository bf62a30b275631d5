package dev.lamina.runtime.data.preprocess;

import dev.lamina.runtime.data.Batch;
import dev.lamina.runtime.data.BatchIterator;
import dev.lamina.runtime.data.Dataset;
import dev.lamina.runtime.data.Order;
import dev.lamina.runtime.data.array.ArrayDataset;
import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import java.util.Objects;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Standardization, {@code z = (x - mean) / std}, with the mean and the population standard
 * deviation (divisor {@code n}) of training data, as scikit-learn's {@code StandardScaler}: fit it
 * on the training set only, then apply it to the training, validation and test sets alike. A
 * standard deviation of 0 (a constant feature) is replaced by 1, as scikit-learn does. Statistics
 * are accumulated in double precision, in two passes (mean, then squared deviations).
 *
 * <pre>{@code
 * StandardScaler scaler = StandardScaler.fit(split.train());   // Fashion-MNIST: mean 72.94, std 89.99
 * ArrayDataset train = scaler.transform(split.train());
 * ArrayDataset validation = scaler.transform(split.validation());
 * }</pre>
 */
public final class StandardScaler {
  private final Scaling scaling;
  private final double[] means;
  private final double[] stds;

  private StandardScaler(Scaling scaling, double[] means, double[] stds) {
    this.scaling = scaling;
    this.means = means;
    this.stds = stds;
  }

  /**
   * A global scaler with known statistics, e.g. those saved with a trained model, so that new data is
   * scaled exactly as the training data was.
   *
   * @throws IllegalArgumentException if {@code std} is not positive or a value is not finite
   */
  public static StandardScaler of(double mean, double std) {
    if (!Double.isFinite(mean) || !Double.isFinite(std) || std <= 0) {
      throw new IllegalArgumentException("a StandardScaler needs a finite mean and a positive std; found mean="
          + mean + ", std=" + std);
    }
    return new StandardScaler(Scaling.GLOBAL, new double[] {mean}, new double[] {std});
  }

  /**
   * Fits one mean and standard deviation over all values, as the Keras tutorial does
   * ({@link Scaling#GLOBAL}).
   *
   * @throws IllegalArgumentException if {@code data} is empty
   */
  public static StandardScaler fit(ArrayDataset data) {
    return fit(data, Scaling.GLOBAL);
  }

  /**
   * Fits one mean and standard deviation over all values of a dataset read in batches, e.g. an
   * {@code ImageFolder}'s images (decoded once, in one pass): per batch in double precision, the batches
   * combined by Chan, Golub and LeVeque's pairwise update of means and squared deviations (1979,
   * "Updating formulae and a pairwise algorithm for computing sample variances"), which keeps the
   * accuracy of the two-pass computation.
   *
   * @throws IllegalArgumentException if {@code data} is empty
   */
  public static StandardScaler fit(Dataset data) {
    if (data instanceof ArrayDataset array) {
      return fit(array);
    }
    if (data.size() == 0) {
      throw new IllegalArgumentException("cannot fit a StandardScaler on an empty dataset");
    }
    long count = 0;
    double mean = 0;
    double squares = 0;
    try (BatchIterator batches = data.batches(256, Order.sequential())) {
      while (batches.hasNext()) {
        double[] values = values(batches.next());
        double batchMean = 0;
        for (double v : values) {
          batchMean += v;
        }
        batchMean /= values.length;
        double batchSquares = 0;
        for (double v : values) {
          batchSquares += (v - batchMean) * (v - batchMean);
        }
        long total = count + values.length;
        double delta = batchMean - mean;
        mean += delta * values.length / total;
        squares += batchSquares + delta * delta * count * values.length / total;
        count = total;
      }
    }
    double std = Math.sqrt(squares / count);
    return new StandardScaler(Scaling.GLOBAL, new double[] {mean}, new double[] {std == 0 ? 1 : std});
  }

  private static double[] values(Batch batch) {
    org.nd4j.linalg.api.ndarray.INDArray x = batch.features();
    if (x.ordering() != 'c' || x.isView()) {
      x = x.dup('c');
    }
    int n = Math.toIntExact(x.length());
    double[] values = new double[n];
    if (x.dataType() == DataType.DOUBLE) {
      DoubleBuffer doubles = x.data().asNioDouble();
      doubles.get(0, values, 0, n);
    } else {
      FloatBuffer floats = x.castTo(DataType.FLOAT).data().asNioFloat();
      for (int i = 0; i < n; i++) {
        values[i] = floats.get(i);
      }
    }
    return values;
  }

  /**
   * Fits the means and standard deviations of {@code data}'s features.
   *
   * @throws IllegalArgumentException if {@code data} is empty
   */
  public static StandardScaler fit(ArrayDataset data, Scaling scaling) {
    Objects.requireNonNull(scaling, "scaling");
    if (data.size() == 0) {
      throw new IllegalArgumentException("cannot fit a StandardScaler on an empty dataset");
    }
    FloatBuffer x = data.features();
    int width = scaling == Scaling.GLOBAL ? 1 : x.limit() / data.size();
    double[] sums = new double[width];
    for (int i = 0, n = x.limit(); i < n; i++) {
      sums[i % width] += x.get(i);
    }
    long count = x.limit() / width;
    double[] means = new double[width];
    for (int f = 0; f < width; f++) {
      means[f] = sums[f] / count;
    }
    double[] squares = new double[width];
    for (int i = 0, n = x.limit(); i < n; i++) {
      double d = x.get(i) - means[i % width];
      squares[i % width] += d * d;
    }
    double[] stds = new double[width];
    for (int f = 0; f < width; f++) {
      double std = Math.sqrt(squares[f] / count);
      stds[f] = std == 0 ? 1 : std;
    }
    return new StandardScaler(scaling, means, stds);
  }

  /** Whether one mean and deviation cover all values, or each feature has its own. */
  public Scaling scaling() {
    return scaling;
  }

  /**
   * The mean of all values.
   *
   * @throws IllegalStateException if fitted per feature (use {@link #means()})
   */
  public double mean() {
    return global(means);
  }

  /**
   * The population standard deviation of all values (1 if it was 0).
   *
   * @throws IllegalStateException if fitted per feature (use {@link #stds()})
   */
  public double std() {
    return global(stds);
  }

  /** The means: one value, or one per feature in NHWC order ({@code height * width * channels}). */
  public double[] means() {
    return means.clone();
  }

  /** The standard deviations, aligned with {@link #means()} (zeros replaced by 1). */
  public double[] stds() {
    return stds.clone();
  }

  /**
   * {@code data} with standardized features (a new array; the labels are shared).
   *
   * @throws IllegalArgumentException if fitted per feature on examples of another size
   */
  public ArrayDataset transform(ArrayDataset data) {
    FloatBuffer x = data.features();
    float[] z = new float[x.limit()];
    x.get(z);
    checkWidth(z.length / Math.max(1, data.size()), data.size() == 0);
    standardize(z);
    return data.withFeatures(z);
  }

  /**
   * Standardized features, {@code [batch, height, width, channels]} in, same shape and type out (a new
   * array): for images to predict on.
   *
   * @throws IllegalArgumentException if fitted per feature on examples of another size
   */
  public INDArray transform(INDArray features) {
    long batch = features.size(0);
    INDArray z = features.dup('c');
    if (scaling == Scaling.GLOBAL) {
      return z.subi(means[0]).divi(stds[0]);
    }
    checkWidth(batch == 0 ? 0 : (int) (features.length() / batch), batch == 0);
    INDArray rows = z.reshape('c', batch, means.length);
    rows.subiRowVector(Nd4j.createFromArray(means).castTo(z.dataType()));
    rows.diviRowVector(Nd4j.createFromArray(stds).castTo(z.dataType()));
    return z;
  }

  private void standardize(float[] z) {
    int width = means.length;
    for (int i = 0; i < z.length; i++) {
      z[i] = (float) ((z[i] - means[i % width]) / stds[i % width]);
    }
  }

  private void checkWidth(int features, boolean empty) {
    if (scaling == Scaling.PER_FEATURE && !empty && features != means.length) {
      throw new IllegalArgumentException("this scaler was fitted per feature on examples of " + means.length
          + " values; these have " + features);
    }
  }

  private double global(double[] values) {
    if (scaling != Scaling.GLOBAL) {
      throw new IllegalStateException("fitted per feature: use means() and stds()");
    }
    return values[0];
  }

  @Override
  public String toString() {
    return scaling == Scaling.GLOBAL ? "StandardScaler[mean=" + means[0] + ", std=" + stds[0] + "]"
        : "StandardScaler[" + means.length + " features]";
  }
}
