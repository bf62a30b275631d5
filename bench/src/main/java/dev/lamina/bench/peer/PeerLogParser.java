package dev.lamina.bench.peer;

import dev.lamina.bench.workload.BenchNetwork;
import dev.lamina.bench.workload.Framework;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the standard output of the peers ({@code /work/shared/peers}: {@code pytorch_fashion.py} and
 * {@code FashionDl4j}), which print the same lines:
 *
 * <pre>
 * model cnn: 435306 params (Keras: 435306) OK              (DL4J: "model cnn (NHWC): ...")
 * batch 32, lr 0.01, steps/epoch 320, epochs 1
 * epoch 1/1: train 10.5s (977.8 samples/s) steps 320 loss 0.6574 acc 0.7608
 * TRAIN THROUGHPUT: 977.8 samples/s (9600 samples in 9.82s, excluding the first 20 warm-up steps)
 * PREDICT THROUGHPUT: 1970.1 samples/s (10000 test images, batch 256, 5.08s)
 * </pre>
 *
 * plus a thread line ({@code torch.get_num_threads=2} or {@code nd4j maxThreads=2}). Other lines
 * (library logs, {@code bench.sh}'s {@code ===} headers) are ignored.
 */
public final class PeerLogParser {
  private static final Pattern MODEL = Pattern.compile("^\\s*model (\\w+)\\b.*?(\\d+) params");
  private static final Pattern BATCH = Pattern.compile("^\\s*batch (\\d+), lr [^,]+, steps/epoch (\\d+), epochs \\d+");
  private static final Pattern EPOCH = Pattern.compile("^\\s*epoch \\d+/\\d+: .* loss (\\S+) acc (\\S+)");
  private static final Pattern TRAIN = Pattern.compile(
      "^\\s*TRAIN THROUGHPUT: (\\S+) samples/s \\(.*excluding the first (\\d+) warm-up steps\\)");
  private static final Pattern PREDICT = Pattern.compile(
      "^\\s*PREDICT THROUGHPUT: (\\S+) samples/s \\(\\d+ test images, batch (\\d+)");
  private static final Pattern TORCH_THREADS = Pattern.compile("torch\\.get_num_threads=(\\d+)");
  private static final Pattern ND4J_THREADS = Pattern.compile("nd4j maxThreads=(\\d+)");

  private PeerLogParser() {}

  /**
   * Parses a peer's log file.
   *
   * @throws IOException if the file cannot be read
   * @throws IllegalArgumentException if it is not a complete peer log (as {@link #parse(Framework, String, List)})
   */
  public static PeerRun parse(Framework framework, Path log) throws IOException {
    return parse(framework, log.toString(), Files.readAllLines(log, StandardCharsets.UTF_8));
  }

  /**
   * Parses a peer's output.
   *
   * @param framework which peer wrote it
   * @param source the log's name, for messages
   * @param lines its lines
   * @throws IllegalArgumentException if the {@code model} or {@code batch} line is missing, the model
   *     is not one of the benchmarked networks, a figure is not a number, or neither throughput line
   *     is there; the message names {@code source}
   */
  public static PeerRun parse(Framework framework, String source, List<String> lines) {
    if (framework == Framework.LAMINA) {
      throw new IllegalArgumentException(source + ": Lamina's results are JSON files, not peer logs");
    }
    BenchNetwork network = null;
    Integer batch = null;
    int stepsPerEpoch = 0;
    Integer warmup = null;
    Double train = null;
    Double predict = null;
    int predictBatch = 0;
    Double loss = null;
    Double accuracy = null;
    Integer threads = null;
    for (String line : lines) {
      Matcher m;
      if ((m = MODEL.matcher(line)).find()) {
        try {
          network = BenchNetwork.named(m.group(1));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
        }
      } else if ((m = BATCH.matcher(line)).find()) {
        batch = integer(source, m.group(1));
        stepsPerEpoch = integer(source, m.group(2));
      } else if ((m = EPOCH.matcher(line)).find()) {
        loss = number(source, m.group(1));
        accuracy = number(source, m.group(2));
      } else if ((m = TRAIN.matcher(line)).find()) {
        train = number(source, m.group(1));
        warmup = integer(source, m.group(2));
      } else if ((m = PREDICT.matcher(line)).find()) {
        predict = number(source, m.group(1));
        predictBatch = integer(source, m.group(2));
      } else if ((m = TORCH_THREADS.matcher(line)).find() || (m = ND4J_THREADS.matcher(line)).find()) {
        threads = integer(source, m.group(1));
      }
    }
    if (network == null) {
      throw new IllegalArgumentException(source + ": no 'model <name>: <n> params' line; is this the output of "
          + (framework == Framework.PYTORCH ? "pytorch_fashion.py" : "the DL4J peer (dl4j/run.sh)") + "?");
    }
    if (batch == null) {
      throw new IllegalArgumentException(source + ": no 'batch <n>, lr ..., steps/epoch ...' line");
    }
    return new PeerRun(framework, network, batch, stepsPerEpoch, warmup, train, predict, predictBatch, loss, accuracy,
        threads, source);
  }

  private static int integer(String source, String text) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(source + ": '" + text + "' is not a whole number", e);
    }
  }

  private static double number(String source, String text) {
    try {
      return Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(source + ": '" + text + "' is not a number", e);
    }
  }
}
