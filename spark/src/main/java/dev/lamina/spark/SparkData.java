package dev.lamina.spark;

import dev.lamina.runtime.data.Batch;
import dev.lamina.runtime.data.BatchIterator;
import dev.lamina.runtime.data.Dataset;
import dev.lamina.runtime.data.image.ImagePixels;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** Builds the {@code (features array<float>, label int)} rows {@link SparkTrainer} takes. */
public final class SparkData {
  /** {@code features array<float>, label int}. */
  public static final StructType SCHEMA = new StructType()
      .add("features", DataTypes.createArrayType(DataTypes.FloatType, false), false)
      .add("label", DataTypes.IntegerType, false);

  private SparkData() {}

  /**
   * The examples of a local data set with class-index labels (Fashion-MNIST's {@code train()} or
   * {@code test()}), in stored order, as {@code partitions} slices.
   *
   * @throws IllegalArgumentException if its labels are not class indices
   */
  public static org.apache.spark.sql.Dataset<Row> of(SparkSession spark, Dataset data, int partitions) {
    if (data.labelShape().length != 0) {
      throw new IllegalArgumentException("SparkData.of needs class-index labels; the data has labels of shape "
          + java.util.Arrays.toString(data.labelShape()));
    }
    List<Row> rows = new ArrayList<>(data.size());
    try (BatchIterator batches = data.batches(1024)) {
      while (batches.hasNext()) {
        Batch b = batches.next();
        float[] x = b.features().dup('c').data().asFloat();
        int[] y = b.labels().dup('c').data().asInt();
        int length = x.length / b.size();
        for (int i = 0; i < b.size(); i++) {
          float[] f = new float[length];
          System.arraycopy(x, i * length, f, 0, length);
          rows.add(RowFactory.create(f, y[i]));
        }
      }
    }
    return spark.createDataFrame(spark.sparkContext().parallelize(
        scala.jdk.javaapi.CollectionConverters.asScala(rows).toSeq(), partitions,
        scala.reflect.ClassTag$.MODULE$.apply(Row.class)), SCHEMA);
  }

  /**
   * An image folder read with Spark's {@code binaryFile} source: {@code root/<class>/<image>}, the
   * class index being the position of the folder name in {@code classNames}; each file decoded and
   * resized on the executors as the runtime's {@code ImageFolder} reads it, values scaled by
   * {@code rescale}. Rows are sorted by path.
   *
   * @throws IllegalArgumentException on a file outside the named class folders (when the rows are
   *     computed)
   */
  public static org.apache.spark.sql.Dataset<Row> imageFolder(SparkSession spark, String root, List<String> classNames,
      int height, int width, int channels, double rescale) {
    List<String> names = List.copyOf(classNames);
    MapFunction<Row, Row> decode = row -> {
      String path = row.getString(0);
      String[] parts = path.split("/");
      String folder = parts[parts.length - 2];
      int label = names.indexOf(folder);
      if (label < 0) {
        throw new IllegalArgumentException("image " + path + " is in folder " + folder + ", not one of " + names);
      }
      float[] pixels = new ImagePixels(height, width, channels).decode((byte[]) row.get(1));
      if (rescale != 1) {
        for (int i = 0; i < pixels.length; i++) {
          pixels[i] = (float) (pixels[i] * rescale);
        }
      }
      return RowFactory.create(pixels, label);
    };
    return spark.read().format("binaryFile").option("recursiveFileLookup", "true").load(root)
        .select("path", "content").orderBy("path")
        .map(decode, RowEncoderHolder.encoder());
  }

  private static final class RowEncoderHolder {
    static org.apache.spark.sql.Encoder<Row> encoder() {
      return Encoders.row(SCHEMA);
    }
  }
}
