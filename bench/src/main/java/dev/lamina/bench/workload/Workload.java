package dev.lamina.bench.workload;

import java.util.Comparator;
import java.util.Objects;

/**
 * One measured task: a network, training or inference, at a batch size. Its {@link #id()} names
 * the rows of the result tables, e.g. {@code cnn_train_b32} or {@code separable_predict_b256}.
 *
 * @param network the network
 * @param kind training or inference
 * @param batch examples per step (training) or per forward pass (inference)
 */
public record Workload(BenchNetwork network, WorkloadKind kind, int batch) {
  /** Tables list workloads by network, training before inference, then by batch size. */
  public static final Comparator<Workload> ORDER = Comparator.comparing(Workload::network)
      .thenComparing(Workload::kind).thenComparingInt(Workload::batch);

  /** @throws IllegalArgumentException if {@code batch} is not positive */
  public Workload {
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(kind, "kind");
    if (batch < 1) {
      throw new IllegalArgumentException("a workload's batch size must be >= 1, got " + batch);
    }
  }

  /** The row name: {@code <network>_<kind>_b<batch>}, e.g. {@code cnn_train_b32}. */
  public String id() {
    return network.peerName() + "_" + kind.label() + "_b" + batch;
  }

  @Override
  public String toString() {
    return id();
  }
}
