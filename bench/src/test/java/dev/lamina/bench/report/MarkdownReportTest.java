package dev.lamina.bench.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.bench.result.NetworkRun;
import dev.lamina.bench.testing.Fixtures;
import dev.lamina.bench.workload.BenchNetwork;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownReportTest {
  private static void assertContains(String text, String expected) {
    assertTrue(text.contains(expected), () -> "expected\n" + expected + "\nin\n" + text);
  }

  @Test
  void sideBySideTableWithRatios() {
    String md = MarkdownReport.format(ComparisonTest.example(), "VALIDATION RUN");
    assertContains(md, "> **VALIDATION RUN**\n");
    assertContains(md, "| workload | Lamina | PyTorch | DL4J | Lamina / PyTorch | Lamina / DL4J |\n"
        + "| --- | ---: | ---: | ---: | ---: | ---: |\n"
        + "| `cnn_train_b32` | 2000.0 | 1000.0 | 80.0 | 2.00x | 25.00x |\n"
        + "| `cnn_train_b128` | 4000.0 | 1600.0 | – | 2.50x | – |\n"
        + "| `cnn_predict_b256` | 5000.0 | 2500.0 | – | 2.00x | – |\n"
        + "| `separable_train_b32` | – | 1500.0 | – | – | – |\n");
  }

  @Test
  void machineThreadsAndTimingAreStated() {
    String md = MarkdownReport.format(ComparisonTest.example(), null);
    assertFalse(md.contains("> **"));
    assertContains(md, "- Machine: Test CPU, 2 cores, 2 logical CPUs; Linux; Java 17.0.15 (OpenJDK 64-Bit Server VM)\n");
    assertContains(md, "- Threads: Lamina ND4J 2 (master 2), BLAS 2, OMP_NUM_THREADS=2, OPENBLAS_CORETYPE=Haswell;"
        + " PyTorch 2 (torch.get_num_threads); DL4J 2 (nd4j maxThreads)\n");
    assertContains(md, "over 300 steps after 20 untimed warm-up steps");
  }

  @Test
  void laminaDetailsMemoryAndPeers() {
    String md = MarkdownReport.format(ComparisonTest.example(), null);
    assertContains(md, "| `cnn_train_b32` | 2000.0 (1900.0–2100.0) | 16.00 | 27.5 | 351.3 | 175.7 | 1000 | 2.0 | 1.0 | 0"
        + " | 0.6574 / 0.7608 |\n");
    assertContains(md, "cnn: 29.3 M MACs, 58.6 / 175.7 MFLOP");
    assertContains(md, "cnn JVM 1024^3 200.0, 2048^3 100.0 GFLOP/s");
    assertContains(md, "| FashionCnn | 435,306 | 1024.0 | 4096.0 |\n");
    assertContains(md, "| `dl4j.log` | DL4J | `cnn_train_b32` | 80.0 | 70 | 10 | 2 | 0.7000 / 0.7000 |\n");
  }

  @Test
  void profileShowsLayersAndTheTimeOutsideThem() {
    NetworkRun run = Fixtures.run(BenchNetwork.CNN, List.of(Fixtures.training(BenchNetwork.CNN, 32, 1000)),
        List.of(Fixtures.profile(BenchNetwork.CNN)));
    String md = MarkdownReport.format(Comparison.of(List.of(run), List.of()), null);
    assertContains(md, "## Profile of `cnn_train_b32`\n\nMean over 300 steps: 10.00 ms per step, 6.00 ms in the layers,"
        + " 4.00 ms outside them.");
    // conv1: 1000 MACs x 2 x 32 examples in 1 ms forward = 0.064 GFLOP/s
    assertContains(md, "| conv1 | 1.000 | 2.000 | 3.000 | 30.0 | 0.1 | 0.1 |\n");
    assertContains(md, "| (outside: data, loss, metrics, optimizer, trainer) |  |  | 4.000 | 40.0 |  |  |\n");
  }

  @Test
  void peersAloneStillMakeATable() {
    String md = MarkdownReport.format(Comparison.of(List.of(), List.of(ComparisonTest.pytorch(BenchNetwork.CNN, 32,
        1000, null))), null);
    assertContains(md, "| `cnn_train_b32` | – | 1000.0 | – | – | – |\n");
    assertFalse(md.contains("## Lamina in detail"));
  }
}
