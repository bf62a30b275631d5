package dev.lamina.bench.result;

import dev.lamina.bench.workload.Workload;
import java.util.List;
import java.util.Objects;

/**
 * Where a step's time goes: each layer's mean forward and backward time (from
 * {@code Model.profile}), and what remains of the step outside the network.
 *
 * @param workload the profiled workload
 * @param passes steps (training) or batches (inference) averaged over
 * @param stepMillis mean wall-clock milliseconds of a whole step (training: data, forward, loss,
 *     metrics, backward, update, callbacks) or of a batch (inference)
 * @param layers the layers, in declaration order
 */
public record LayerProfile(Workload workload, int passes, double stepMillis, List<LayerTime> layers) {

  /** @throws IllegalArgumentException if {@code passes} is not positive */
  public LayerProfile {
    Objects.requireNonNull(workload, "workload");
    layers = List.copyOf(layers);
    if (passes < 1) {
      throw new IllegalArgumentException("a profile averages over at least one pass, got " + passes);
    }
  }

  /** Mean milliseconds per step inside the network's layers. */
  public double modelMillis() {
    return layers.stream().mapToDouble(LayerTime::totalMillis).sum();
  }

  /**
   * Mean milliseconds per step outside the network: batching the data, the loss and its gradient,
   * the metrics, the optimizer's update, the trainer's bookkeeping.
   */
  public double outsideMillis() {
    return stepMillis - modelMillis();
  }
}
