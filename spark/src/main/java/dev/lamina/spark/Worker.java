package dev.lamina.spark;

import dev.lamina.runtime.Model;
import dev.lamina.runtime.loss.BoundLoss;
import dev.lamina.runtime.train.GradientSum;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An executor's network for one partition of one training or inference run, created once (from the
 * {@link NetworkSpec}) and kept in this JVM for every later step of the run: tasks only load the
 * broadcast weights into it. Never created per row.
 */
final class Worker {
  private static final Map<String, Worker> CACHE = new ConcurrentHashMap<>();

  final Model model;
  final BoundLoss loss;
  final GradientSum sum;
  private int orderEpoch = -1;
  private int[] order;

  private Worker(NetworkSpec spec, LossFactory lossFactory) {
    this.model = spec.create();
    this.loss = lossFactory == null ? null : lossFactory.create().bind(model);
    this.sum = new GradientSum(model.parameters().trainableCount(), model.parameters().values().dataType());
  }

  /** The cached worker of {@code run}'s {@code partition}, created on first use. */
  static Worker of(String run, int partition, NetworkSpec spec, LossFactory lossFactory) {
    return CACHE.computeIfAbsent(run + "/" + partition, k -> new Worker(spec, lossFactory));
  }

  /** Forgets the workers of {@code run} in this JVM. */
  static void release(String run) {
    CACHE.keySet().removeIf(k -> k.startsWith(run + "/"));
  }

  /** The shard's visiting order for {@code epoch}, computed once per epoch. */
  int[] order(int epoch, java.util.function.IntFunction<int[]> compute) {
    if (orderEpoch != epoch) {
      order = compute.apply(epoch);
      orderEpoch = epoch;
    }
    return order;
  }
}
