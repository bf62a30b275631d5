package dev.lamina.bench.result;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.lamina.bench.workload.BenchNetwork;
import dev.lamina.runtime.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;

/** Reads and writes {@link NetworkRun}s as JSON files ({@code lamina-<network>.json}). */
public final class NetworkRunFiles {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private NetworkRunFiles() {}

  /** The file name a run of {@code run.network()} is saved under in an output directory. */
  public static String fileName(NetworkRun run) {
    return fileName(run.network());
  }

  /** {@code lamina-<peer name>.json}, e.g. {@code lamina-cnn.json}. */
  public static String fileName(BenchNetwork network) {
    return "lamina-" + network.peerName() + ".json";
  }

  /**
   * Writes {@code run} to {@code file} atomically.
   *
   * @throws IOException if the file cannot be written; an existing file is left intact
   */
  public static void write(NetworkRun run, Path file) throws IOException {
    AtomicFiles.write(file, JSON.writeValueAsBytes(run));
  }

  /**
   * Reads a run written by {@link #write}.
   *
   * @throws IOException if the file cannot be read or is not such a run; the message names the file
   */
  public static NetworkRun read(Path file) throws IOException {
    try {
      return JSON.readValue(file.toFile(), NetworkRun.class);
    } catch (IOException e) {
      throw new IOException(file + " is not a readable Lamina benchmark result (written by 'bench run'): "
          + e.getMessage(), e);
    }
  }
}
