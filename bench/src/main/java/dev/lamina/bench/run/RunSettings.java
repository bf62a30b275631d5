package dev.lamina.bench.run;

import dev.lamina.bench.workload.BenchNetwork;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What {@code bench run} measures and how.
 *
 * @param networks the networks, each in its own JVM unless {@code inProcess}
 * @param trainBatches training batch sizes (32 and 128)
 * @param predictBatch the inference batch size (256), 0 to measure no inference
 * @param steps training steps per measurement including the warm-up, as the peers' {@code --max-steps} (320)
 * @param warmupSteps untimed steps at the start, as the peers' {@code --warmup} (20)
 * @param repeats measurements per workload; the reports give the median
 * @param threads ND4J's threads, or 0 for its default (one per logical CPU)
 * @param seed the seed of initial weights and shuffling (42)
 * @param learningRate the SGD learning rate (0.01)
 * @param dataDirectory where the Fashion-MNIST IDX files are
 * @param validationSize training images held out, from the start (5,000)
 * @param profile whether to profile each layer in extra runs
 * @param measureEpoch whether to time one whole epoch at the first training batch size
 * @param gemmSizes the square SGEMM sizes of the ceiling measurement
 * @param gemmRepeats timed SGEMM calls per size
 * @param outputDirectory where result files go
 * @param inProcess whether to measure in this JVM instead of one JVM per network
 * @param report whether to write the markdown and CSV report after measuring
 * @param label a note for the report's title, or null
 */
record RunSettings(List<BenchNetwork> networks, List<Integer> trainBatches, int predictBatch, int steps,
    int warmupSteps, int repeats, int threads, long seed, double learningRate, Path dataDirectory, int validationSize,
    boolean profile, boolean measureEpoch, List<Integer> gemmSizes, int gemmRepeats, Path outputDirectory,
    boolean inProcess, boolean report, String label) {

  /** @throws IllegalArgumentException if a count is out of range, naming the option */
  RunSettings {
    networks = List.copyOf(networks);
    trainBatches = List.copyOf(trainBatches);
    gemmSizes = List.copyOf(gemmSizes);
    Objects.requireNonNull(dataDirectory, "dataDirectory");
    Objects.requireNonNull(outputDirectory, "outputDirectory");
    if (networks.isEmpty()) {
      throw new IllegalArgumentException("--network: give at least one network (cnn, separable)");
    }
    if (trainBatches.stream().anyMatch(b -> b < 1) || predictBatch < 0) {
      throw new IllegalArgumentException("--batch takes sizes >= 1 and --predict-batch a size >= 0 (0: no inference),"
          + " got " + trainBatches + " and " + predictBatch);
    }
    if (warmupSteps < 0 || steps <= warmupSteps) {
      throw new IllegalArgumentException("--steps counts the --warmup steps too, so it must exceed them; got --steps "
          + steps + " --warmup " + warmupSteps);
    }
    if (repeats < 1 || gemmRepeats < 1) {
      throw new IllegalArgumentException("--repeats and --gemm-repeats must be >= 1, got " + repeats + " and "
          + gemmRepeats);
    }
    if (threads < 0) {
      throw new IllegalArgumentException("--threads must be >= 0 (0: ND4J's default), got " + threads);
    }
    if (gemmSizes.isEmpty() || gemmSizes.stream().anyMatch(s -> s < 1)) {
      throw new IllegalArgumentException("--gemm-size takes at least one size >= 1, got " + gemmSizes);
    }
    if (validationSize < 0) {
      throw new IllegalArgumentException("--validation-size must be >= 0, got " + validationSize);
    }
  }

  /** Timed steps per training measurement. */
  int timedSteps() {
    return steps - warmupSteps;
  }

  /** These settings for measuring just {@code network}, in this JVM, without a report. */
  RunSettings forChild(BenchNetwork network) {
    return new RunSettings(List.of(network), trainBatches, predictBatch, steps, warmupSteps, repeats, threads, seed,
        learningRate, dataDirectory, validationSize, profile, measureEpoch, gemmSizes, gemmRepeats, outputDirectory,
        true, false, null);
  }

  /** The {@code run} command line that measures {@code network} with these settings in a child JVM. */
  List<String> childArguments(BenchNetwork network) {
    List<String> args = new ArrayList<>(List.of("run", "--in-process", "--no-report",
        "--network", network.peerName(),
        "--batch", join(trainBatches),
        "--predict-batch", Integer.toString(predictBatch),
        "--steps", Integer.toString(steps),
        "--warmup", Integer.toString(warmupSteps),
        "--repeats", Integer.toString(repeats),
        "--threads", Integer.toString(threads),
        "--seed", Long.toString(seed),
        "--lr", Double.toString(learningRate),
        "--data-dir", dataDirectory.toString(),
        "--validation-size", Integer.toString(validationSize),
        "--gemm-size", join(gemmSizes),
        "--gemm-repeats", Integer.toString(gemmRepeats),
        "--output-dir", outputDirectory.toString()));
    if (profile) {
      args.add("--profile");
    }
    if (measureEpoch) {
      args.add("--measure-epoch");
    }
    return args;
  }

  private static String join(List<Integer> values) {
    return values.stream().map(String::valueOf).collect(Collectors.joining(","));
  }
}
