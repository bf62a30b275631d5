package dev.lamina.bench.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.bench.BenchCli;
import dev.lamina.runtime.data.mnist.FashionMnist;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pipeline benchmark runs end to end at a tiny size and reports every figure (nothing is timed here). */
class PipelineCommandTest {
  @Test
  void reportsThroughputsStepsAndTheRatio(@TempDir Path dir) throws IOException {
    Assumptions.assumeTrue(Files.isDirectory(FashionMnist.DEBIAN_DIRECTORY), "needs the real Fashion-MNIST files");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream previous = System.out;
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    int status;
    try {
      status = BenchCli.run("pipeline", "--images", "96", "--steps", "3", "--markdown", dir.resolve("p.md").toString());
    } finally {
      System.setOut(previous);
    }
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertEquals(0, status, out);
    for (String expected : new String[] {"arrays (copy into batches)", "arrays + augmentation",
        "image folder (decode, resize)", "image folder + augmentation", "FashionCnn training on",
        "arrays + augmentation (in memory)", "image folder + augmentation (--stream)", "data/step"}) {
      assertTrue(out.contains(expected), expected + " in\n" + out);
    }
    String md = Files.readString(dir.resolve("p.md"));
    assertTrue(md.contains("| image folder + augmentation |"), md);
    assertTrue(md.contains("| image folder + augmentation (--stream) |"), md);
  }
}
