package dev.lamina.bench.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lamina.bench.peer.TorchPython;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * PyTorch's training and inference figures in fp32 or bf16 autocast, from the project's own reference
 * script {@code bench/pytorch_training.py}, run by Debian's Python with {@code python3-torch}; one JSON
 * line per workload on its standard output.
 */
final class PyTorchTraining {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String python;
  private final Path script;
  private final int threads;

  /**
   * @param threads torch's intra-op threads, also OMP_NUM_THREADS (an oversubscribed OpenMP pool spins
   *     and collapses PyTorch's throughput on a busy machine)
   */
  PyTorchTraining(String python, Path script, int threads) {
    this.python = python;
    this.script = script;
    this.threads = threads;
  }

  /** Whether the script exists and the interpreter imports torch. */
  boolean available() {
    return TorchPython.available(python, script);
  }


  /**
   * The parameter count of the script's {@code model} as Keras counts it (torch's parameters plus
   * BatchNorm's running mean and variance), from {@code --count-only}.
   *
   * @throws IOException when the script cannot start or fails
   */
  long kerasParameters(String model) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(python, script.toString(), "--count-only", model).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      throw new IOException(script + " --count-only " + model + " failed (exit status " + p.exitValue() + "):\n"
          + output);
    }
    return JSON.readTree(output.strip()).get("keras_parameters").asLong();
  }

  /** One workload's figure: {@code train} or {@code predict}, samples/s. */
  record Figure(String workload, int batch, double samplesPerSecond) {}

  /**
   * Runs the script once.
   *
   * @throws IOException when it cannot start or exits with an error (its output in the message)
   */
  List<Figure> run(String model, String precision, int batch, int steps, int warmup, int predictBatch,
      Path dataDirectory) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(python, script.toString(), "--model", model, "--precision", precision,
        "--batch", Integer.toString(batch), "--steps", Integer.toString(steps), "--warmup", Integer.toString(warmup),
        "--predict-batch", Integer.toString(predictBatch), "--threads", Integer.toString(threads), "--data-dir",
        dataDirectory.toString()).redirectErrorStream(true);
    pb.environment().put("OMP_NUM_THREADS", Integer.toString(threads));
    Process p = pb.start();
    List<Figure> figures = new ArrayList<>();
    StringBuilder output = new StringBuilder();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        output.append(line).append('\n');
        if (line.startsWith("{")) {
          JsonNode json = JSON.readTree(line);
          figures.add(new Figure(json.get("workload").asText(), json.get("batch").asInt(),
              json.get("samples_per_second").asDouble()));
        }
      }
    }
    if (p.waitFor() != 0) {
      throw new IOException(script + " failed (exit status " + p.exitValue() + "):\n" + output);
    }
    return figures;
  }
}
