package dev.lamina.onnx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.onnx.proto.OnnxProto.ModelProto;
import dev.lamina.runtime.Model;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ONNX's own checker ({@code onnx.checker.check_model(model, full_check=True)}: the graph, every node
 * against its operator's schema at opset 13, and shape inference) accepts every exported network. Runs
 * Debian's {@code python3-onnx} under {@code /usr/bin/python3} ({@code .ci/run} installs it), once for
 * all files.
 */
class OnnxCheckerTest {
  private static final String PYTHON = "/usr/bin/python3";
  private static final String CHECK = String.join("\n",
      "import sys, onnx",
      "for p in sys.argv[1:]:",
      "    try:",
      "        onnx.checker.check_model(onnx.load(p), full_check=True)",
      "        print('OK', p)",
      "    except Exception as e:",
      "        print('FAIL', p, str(e).replace('\\n', ' '))");

  @Test
  void theOnnxCheckerAcceptsEveryExportedNetwork(@TempDir Path dir) throws Exception {
    Map<String, Path> files = new TreeMap<>();
    for (Named<Supplier<Model>> network : ExportedNetworks.all().toList()) {
      Path file = dir.resolve(network.getName() + ".onnx");
      OnnxExport.write(network.getPayload().get(), file);
      files.put(network.getName(), file);
    }
    List<String> command = new ArrayList<>(List.of(PYTHON, "-c", CHECK));
    files.values().forEach(f -> command.add(f.toString()));
    List<String> lines = run(command);
    List<String> failures = lines.stream().filter(l -> !l.startsWith("OK ")).toList();
    assertEquals(List.of(), failures);
    assertEquals(files.size(), lines.size(), String.join("\n", lines));
  }

  @Test
  void theFileDeclaresOpset13IrVersion7AndASymbolicBatch() {
    ModelProto model = OnnxExport.toProto(dev.lamina.samples.LaminaFashionCnn.create(1));
    assertEquals(7, model.getIrVersion());
    assertEquals(13, model.getOpsetImport(0).getVersion());
    assertEquals("", model.getOpsetImport(0).getDomain());
    assertEquals("N", model.getGraph().getInput(0).getType().getTensorType().getShape().getDim(0).getDimParam());
    assertEquals("N", model.getGraph().getOutput(0).getType().getTensorType().getShape().getDim(0).getDimParam());
    assertTrue(model.getGraph().getInitializerList().stream().anyMatch(t -> t.getName().equals("conv1/kernel")));
    assertTrue(model.getGraph().getNodeList().stream().anyMatch(n -> n.getName().equals("conv1/Selu")));
  }

  private static List<String> run(List<String> command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    byte[] out = process.getInputStream().readAllBytes();
    assertTrue(process.waitFor(5, TimeUnit.MINUTES), "the checker did not finish");
    String text = new String(out, StandardCharsets.UTF_8);
    assertEquals(0, process.exitValue(), text);
    return text.lines().filter(l -> !l.isBlank()).toList();
  }
}
