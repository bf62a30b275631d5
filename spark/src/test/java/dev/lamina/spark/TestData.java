package dev.lamina.spark;

import dev.lamina.runtime.data.Batch;
import dev.lamina.runtime.data.BatchIterator;
import dev.lamina.runtime.data.array.ArrayDataset;
import dev.lamina.runtime.data.mnist.FashionMnist;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;

/** The first examples of real Fashion-MNIST (training split), scaled to 0..1. */
record TestData(float[] features, int[] labels, int count) {
  static final int LENGTH = 28 * 28;
  static final int[] SHAPE = {28, 28, 1};

  static TestData first(int count) {
    try {
      ArrayDataset train = FashionMnist.load().train();
      try (BatchIterator it = train.batches(count)) {
        Batch b = it.next();
        float[] x = b.features().dup('c').data().asFloat();
        float max = 0;
        for (float v : x) {
          max = Math.max(max, v);
        }
        if (max > 1.5f) {
          for (int i = 0; i < x.length; i++) {
            x[i] /= 255f;
          }
        }
        return new TestData(x, b.labels().dup('c').data().asInt(), count);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Rows {@code [from, to)} as a local data set. */
  ArrayDataset local(int[] rows) {
    float[] x = new float[rows.length * LENGTH];
    int[] y = new int[rows.length];
    for (int i = 0; i < rows.length; i++) {
      System.arraycopy(features, rows[i] * LENGTH, x, i * LENGTH, LENGTH);
      y[i] = labels[rows[i]];
    }
    return ArrayDataset.of(x, SHAPE, y, 10);
  }

  /** All rows in order, as Spark rows in {@code partitions} slices. */
  Dataset<Row> rows(SparkSession spark, int partitions) {
    List<Row> rows = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      float[] f = new float[LENGTH];
      System.arraycopy(features, i * LENGTH, f, 0, LENGTH);
      rows.add(RowFactory.create(f, labels[i]));
    }
    return spark.createDataFrame(rows, SparkData.SCHEMA);
  }
}
