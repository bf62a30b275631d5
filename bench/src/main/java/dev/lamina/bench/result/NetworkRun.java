package dev.lamina.bench.result;

import dev.lamina.bench.measure.GemmCeiling;
import dev.lamina.bench.measure.Machine;
import dev.lamina.bench.workload.BenchNetwork;
import java.util.List;
import java.util.Objects;

/**
 * Everything one benchmark JVM measured for one network; saved as JSON ({@link NetworkRunFiles})
 * for the reports.
 *
 * @param network the network
 * @param date when the run started, ISO-8601 UTC
 * @param machine where it ran
 * @param threads its thread settings
 * @param params the model's parameter count
 * @param macs multiply-accumulates per example, forward pass (the model summary's total)
 * @param trainExamples training examples (55,000: Fashion-MNIST's 60,000 less the first 5,000)
 * @param dataMean the standardization mean, raw pixel units
 * @param dataStd the standardization standard deviation, raw pixel units
 * @param ceiling the measured SGEMM ceiling
 * @param peakRssBytes the JVM's resident-set high-water mark ({@code VmHWM}) at the end of the run:
 *     heap and off-heap, over all of this network's workloads
 * @param maxHeapBytes the heap limit ({@code -Xmx})
 * @param measuredEpochSeconds seconds of one whole training epoch at the first training batch size,
 *     when measured ({@code --measure-epoch}), else null
 * @param workloads the measured workloads
 * @param profiles per-layer profiles ({@code --profile}), else empty
 */
public record NetworkRun(BenchNetwork network, String date, Machine machine, Threads threads, long params, long macs,
    int trainExamples, double dataMean, double dataStd, GemmCeiling ceiling, long peakRssBytes, long maxHeapBytes,
    Double measuredEpochSeconds, List<WorkloadResult> workloads, List<LayerProfile> profiles) {

  /** Copies the lists. */
  public NetworkRun {
    Objects.requireNonNull(network, "network");
    workloads = List.copyOf(workloads);
    profiles = List.copyOf(profiles);
  }

  /** Seconds per epoch derived from a training workload's median rate: {@code trainExamples / samples/s}. */
  public double derivedEpochSeconds(WorkloadResult training) {
    return trainExamples / training.samplesPerSecond();
  }

  /** The share of the SGEMM ceiling a workload achieves, in percent. */
  public double percentOfCeiling(WorkloadResult result) {
    return 100 * result.gflops() / ceiling.gflops();
  }
}
