package dev.lamina.bench.latency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.bench.BenchCli;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The per-layer latency table lists every layer of the network, the sum and the whole pass (nothing is timed here). */
class LayerLatencyCommandTest {
  @Test
  void listsEveryLayerForEachThreadCount() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream previous = System.out;
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    int status;
    try {
      status = BenchCli.run("layer-latency", "-n", "separable", "--calls", "5", "--warmup", "1", "--second-team");
    } finally {
      System.setOut(previous);
    }
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertEquals(0, status, out);
    assertTrue(out.contains("| layer | 1 OpenMP thread | 2 OpenMP threads |"), out);
    for (String layer : new String[] {"conv1", "sep2", "pool1", "sep6", "pool3", "flatten", "dense1", "output",
        "sum of the layers", "whole pass"}) {
      assertTrue(out.lines().anyMatch(l -> l.startsWith("| " + layer + " | ") && l.split("\\|").length == 4),
          layer + " in\n" + out);
    }
    assertTrue(out.contains("another OpenMP team alive"), out);
  }
}
