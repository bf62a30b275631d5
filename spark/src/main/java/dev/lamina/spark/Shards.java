package dev.lamina.spark;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Splits a {@code Dataset<Row>} into {@code partitions} contiguous shards (rows in the data set's
 * order, numbered by {@code zipWithIndex}; shard {@code p} holds rows {@code [p n / P, (p + 1) n / P)}),
 * each decoded once into one {@link Shard} and cached in executor memory.
 *
 * <p>The features column is {@code array<float>} (or {@code array<double>}) of
 * {@code height * width * channels} values in NHWC order, or {@code binary} holding as many
 * little-endian 32-bit floats; the label column an integer class index.
 */
final class Shards {
  private Shards() {}

  static JavaRDD<Shard> of(Dataset<Row> data, String featuresColumn, String labelColumn, int partitions,
      int exampleLength) {
    JavaRDD<Row> rows = data.select(featuresColumn, labelColumn).javaRDD();
    long n = rows.count();
    if (n < 1) {
      throw new IllegalArgumentException("the training data is empty");
    }
    ContiguousPartitioner partitioner = new ContiguousPartitioner(partitions, n);
    JavaRDD<Shard> shards = rows.zipWithIndex().mapToPair(t -> new Tuple2<>(t._2(), t._1()))
        .partitionBy(partitioner)
        .mapPartitions(it -> {
          List<Tuple2<Long, Row>> list = new ArrayList<>();
          it.forEachRemaining(list::add);
          list.sort(Comparator.comparingLong(Tuple2::_1)); // shuffle fetch order is not fixed
          float[] features = new float[list.size() * exampleLength];
          int[] labels = new int[list.size()];
          for (int i = 0; i < list.size(); i++) {
            Row row = list.get(i)._2();
            decode(row.get(0), features, i * exampleLength, exampleLength, featuresColumn);
            labels[i] = ((Number) row.get(1)).intValue();
          }
          return List.of(new Shard(features, labels, list.size())).iterator();
        }, true);
    shards.persist(StorageLevel.MEMORY_ONLY());
    shards.count();
    return shards;
  }

  /** Writes one row's features into {@code into[offset..offset + length)}. */
  static void decode(Object value, float[] into, int offset, int length, String column) {
    if (value instanceof byte[] bytes) {
      if (bytes.length != 4 * length) {
        throw new IllegalArgumentException("column " + column + " holds " + bytes.length + " bytes; the network takes "
            + length + " little-endian floats (" + 4 * length + " bytes)");
      }
      ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(into, offset, length);
      return;
    }
    if (value instanceof scala.collection.Seq<?> seq) {
      if (seq.length() != length) {
        throw new IllegalArgumentException("column " + column + " holds " + seq.length()
            + " values; the network takes " + length + " (height * width * channels)");
      }
      scala.collection.Iterator<?> it = seq.iterator();
      for (int i = 0; i < length; i++) {
        into[offset + i] = ((Number) it.next()).floatValue();
      }
      return;
    }
    throw new IllegalArgumentException("column " + column + " must be array<float> or binary, found "
        + (value == null ? "null" : value.getClass().getName()));
  }

  /** The largest shard's size. */
  static int largest(JavaRDD<Shard> shards) {
    return shards.map(Shard::count).reduce(Math::max);
  }

  /** The rows in all shards. */
  static long total(JavaRDD<Shard> shards) {
    return shards.map(s -> (long) s.count()).reduce(Long::sum);
  }
}
