package dev.lamina.bench.peer;

import dev.lamina.bench.workload.BenchNetwork;
import dev.lamina.bench.workload.Framework;
import dev.lamina.bench.workload.Workload;
import dev.lamina.bench.workload.WorkloadKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What one run of a peer ({@code pytorch_fashion.py} or {@code FashionDl4j}) printed.
 *
 * @param framework which peer
 * @param network the model it trained ({@code --model})
 * @param batch its training batch size ({@code --batch})
 * @param stepsPerEpoch steps per epoch ({@code --max-steps}, or a whole epoch)
 * @param warmupSteps steps left out of the training rate, or null without a {@code TRAIN THROUGHPUT} line
 * @param trainSamplesPerSecond the {@code TRAIN THROUGHPUT} figure, or null
 * @param predictSamplesPerSecond the {@code PREDICT THROUGHPUT} figure, or null
 * @param predictBatch the inference batch size of that line (256), or 0 without it
 * @param loss the last epoch's running mean training loss, or null
 * @param accuracy the last epoch's running mean training accuracy, or null
 * @param threads the threads the peer reported (PyTorch: {@code torch.get_num_threads}; DL4J: nd4j
 *     {@code maxThreads}), or null
 * @param source where the log came from
 */
public record PeerRun(Framework framework, BenchNetwork network, int batch, int stepsPerEpoch, Integer warmupSteps,
    Double trainSamplesPerSecond, Double predictSamplesPerSecond, int predictBatch, Double loss, Double accuracy,
    Integer threads, String source) {

  /** @throws IllegalArgumentException if the run reported neither throughput */
  public PeerRun {
    Objects.requireNonNull(framework, "framework");
    Objects.requireNonNull(network, "network");
    if (trainSamplesPerSecond == null && predictSamplesPerSecond == null) {
      throw new IllegalArgumentException(source + ": no TRAIN THROUGHPUT or PREDICT THROUGHPUT line; did the "
          + framework.displayName() + " run finish? Its timed runs need --warmup smaller than --max-steps");
    }
  }

  /** The workloads this run measured, with their samples/s: training at its batch, inference if timed. */
  public List<Measurement> measurements() {
    List<Measurement> list = new ArrayList<>();
    if (trainSamplesPerSecond != null) {
      list.add(new Measurement(new Workload(network, WorkloadKind.TRAIN, batch), trainSamplesPerSecond));
    }
    if (predictSamplesPerSecond != null) {
      list.add(new Measurement(new Workload(network, WorkloadKind.PREDICT, predictBatch), predictSamplesPerSecond));
    }
    return list;
  }

  /**
   * One workload's rate from a peer run.
   *
   * @param workload the workload
   * @param samplesPerSecond examples per second
   */
  public record Measurement(Workload workload, double samplesPerSecond) {}
}
