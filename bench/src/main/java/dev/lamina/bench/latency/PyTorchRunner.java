package dev.lamina.bench.latency;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lamina.bench.peer.TorchPython;
import dev.lamina.runtime.Model;
import dev.lamina.runtime.io.NpzWeights;
import dev.lamina.runtime.kernel.Window2D;
import dev.lamina.runtime.layer.Layer;
import dev.lamina.runtime.layer.config.Conv2DConfig;
import dev.lamina.runtime.layer.config.DenseConfig;
import dev.lamina.runtime.layer.config.FlattenConfig;
import dev.lamina.runtime.layer.config.LayerConfig;
import dev.lamina.runtime.layer.config.PoolingConfig;
import dev.lamina.runtime.layer.config.SeparableConv2DConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * PyTorch's figures, from {@code bench/pytorch_latency.py} run by Debian's Python with
 * {@code python3-torch}: the network is described from its layers' configurations
 * ({@code architecture.json}) and its weights exported with {@link NpzWeights}, so PyTorch runs the same
 * network with the same weights; the script's outputs on a fixed input are compared with Lamina's.
 */
final class PyTorchRunner {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String python;
  private final Path script;

  PyTorchRunner(String python, Path script) {
    this.python = python;
    this.script = script;
  }

  /** Whether the script exists and the interpreter imports torch. */
  boolean available() {
    return TorchPython.available(python, script);
  }


  /**
   * Measures PyTorch on {@code model}'s network and weights.
   *
   * @return the figures and the largest difference from Lamina on the check input, or empty when PyTorch
   *     has no equivalent of a layer (the script says "not applicable")
   */
  Optional<Result> measure(Model model, int batch, int threads, int warmup, double seconds, Path dir)
      throws IOException, InterruptedException {
    Map<String, Object> architecture = architecture(model);
    if (architecture == null) {
      return Optional.empty();
    }
    Files.createDirectories(dir);
    Files.write(dir.resolve("architecture.json"), JSON.writeValueAsBytes(architecture));
    NpzWeights.save(model, dir.resolve("weights.npz"));
    Process p = new ProcessBuilder(python, script.toString(), "--dir", dir.toString(), "--batch",
        Integer.toString(batch), "--threads", Integer.toString(threads), "--warmup", Integer.toString(warmup),
        "--seconds", Double.toString(seconds)).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    if (out.contains("not applicable")) {
      return Optional.empty();
    }
    if (p.exitValue() != 0) {
      throw new IOException("PyTorch's measurement failed: " + out);
    }
    String line = out.lines().filter(l -> l.startsWith("{")).reduce((a, b) -> b)
        .orElseThrow(() -> new IOException("no figures from PyTorch: " + out));
    JsonNode figures = JSON.readTree(line);
    float[] check = new float[figures.get("check").size()];
    for (int i = 0; i < check.length; i++) {
      check[i] = (float) figures.get("check").get(i).asDouble();
    }
    return Optional.of(new Result(new LatencyFigures("PyTorch " + figures.get("torch").asText(), model.name(),
        batch, threads, figures.get("calls").asLong(), figures.get("p50_us").asDouble(),
        figures.get("p99_us").asDouble(), figures.get("images_per_second").asDouble()), check));
  }

  /** What the script measured, and its outputs on {@link LatencyCommand#checkInput}. */
  record Result(LatencyFigures figures, float[] check) {}

  /** The network for the script, or null if it has a layer the script does not build. */
  private static Map<String, Object> architecture(Model model) {
    List<Map<String, Object>> layers = new ArrayList<>();
    for (Layer layer : model.layers()) {
      LayerConfig c = layer.config();
      Map<String, Object> l = new LinkedHashMap<>();
      l.put("name", layer.name());
      l.put("kind", c.kerasType());
      if (c instanceof Conv2DConfig conv) {
        window(l, conv.window());
        l.put("filters", conv.filters());
        l.put("activation", conv.activation().name());
        l.put("useBias", conv.useBias());
      } else if (c instanceof SeparableConv2DConfig sep) {
        window(l, sep.window());
        l.put("filters", sep.filters());
        l.put("depthMultiplier", sep.depthMultiplier());
        l.put("activation", sep.activation().name());
        l.put("useBias", sep.useBias());
      } else if (c instanceof PoolingConfig pool && c.kerasType().equals("MaxPooling2D")) {
        window(l, pool.window());
      } else if (c instanceof DenseConfig dense) {
        l.put("units", dense.units());
        l.put("activation", dense.activation().name());
        l.put("useBias", dense.useBias());
      } else if (!(c instanceof FlattenConfig)) {
        return null;
      }
      layers.add(l);
    }
    Map<String, Object> architecture = new LinkedHashMap<>();
    architecture.put("input", model.inputShape());
    architecture.put("layers", layers);
    return architecture;
  }

  private static void window(Map<String, Object> l, Window2D w) {
    if (w.dilated()) {
      throw new IllegalArgumentException("the PyTorch script does not build dilated windows");
    }
    l.put("kernel", List.of(w.height(), w.width()));
    l.put("strides", List.of(w.strideHeight(), w.strideWidth()));
    l.put("padding", w.padding().name());
  }
}
