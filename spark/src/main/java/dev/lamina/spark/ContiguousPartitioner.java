package dev.lamina.spark;

import org.apache.spark.Partitioner;

/** Row {@code i} of {@code n} goes to partition {@code floor(i * partitions / n)}: contiguous ranges. */
final class ContiguousPartitioner extends Partitioner {
  private static final long serialVersionUID = 1L;
  private final int partitions;
  private final long rows;

  ContiguousPartitioner(int partitions, long rows) {
    this.partitions = partitions;
    this.rows = rows;
  }

  @Override
  public int numPartitions() {
    return partitions;
  }

  @Override
  public int getPartition(Object key) {
    long index = (Long) key;
    return (int) (index * partitions / rows);
  }
}
