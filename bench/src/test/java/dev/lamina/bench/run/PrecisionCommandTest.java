package dev.lamina.bench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.bench.BenchCli;
import dev.lamina.bench.peer.TorchPython;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench precision --network unet}: FashionUNet trained by Lamina and, where
 * {@code /usr/bin/python3} imports torch, by the PyTorch reference in the same run, both figures in
 * one row of {@code precision.md}. A few steps only; no speed is checked.
 */
class PrecisionCommandTest {
  private static final Path SCRIPT = Path.of("..", "bench", "pytorch_training.py");
  private static final Pattern ROW = Pattern.compile(
      "\\| FashionUNet \\| train batch 8 \\| FP32 \\| (\\d+) \\| ([0-9.]+) \\|[^|]*\\|[^|]*\\| ([0-9]*) \\|.*");

  @Test
  void uNetSideBySideWithPyTorchInOneRun(@TempDir Path output) throws Exception {
    boolean torch = TorchPython.available("/usr/bin/python3", SCRIPT);
    List<String> args = new ArrayList<>(List.of("precision", "--network", "unet", "--precision", "fp32", "--batch",
        "8", "--steps", "3", "--warmup", "1", "--repeats", "1", "--predict-batch", "0", "--pytorch-threads", "1",
        "--pytorch-script", SCRIPT.toString(), "--output-dir", output.toString()));
    if (!torch) {
      args.add("--no-pytorch");
    }
    assertEquals(0, BenchCli.run(args.toArray(String[]::new)));
    String md = Files.readString(output.resolve("precision.md"));
    Matcher row = md.lines().map(ROW::matcher).filter(Matcher::matches).findFirst()
        .orElseThrow(() -> new AssertionError("no FashionUNet training row in\n" + md));
    assertTrue(Long.parseLong(row.group(1)) > 0, row.group());
    assertTrue(Double.parseDouble(row.group(2)) > 0, row.group());
    if (torch) {
      assertTrue(Long.parseLong(row.group(3)) > 0, "no PyTorch figure: " + row.group());
    }
  }
}
