package dev.lamina.bench.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two hundred random networks (about a minute and a half on two busy cores): each is compiled by the processor (in this JVM) and, when accepted,
 * created and run forward in inference and training mode and backward in a forked JVM, so that a
 * native crash fails this test with the network's source instead of killing the build. The long run
 * is {@code bench/bench.sh fuzz} (bench/README.md).
 */
class FuzzCampaignTest {
  private static final int NETWORKS = 200;

  @Test
  void randomNetworksNeitherCrashNorFail(@TempDir Path work) throws Exception {
    ByteArrayOutputStream progress = new ByteArrayOutputStream();
    FuzzFigures figures = new FuzzCampaign(System.getProperty("java.class.path"), work, 100, 600,
        new PrintStream(progress, true, StandardCharsets.UTF_8)).run(20261204L, NETWORKS);
    String report = figures.report();
    assertTrue(figures.clean(), report);
    assertEquals(NETWORKS, figures.drawn(), report);
    // The drawing must keep most networks valid and small enough to run, or the test checks nothing.
    assertTrue(figures.compiled() >= NETWORKS * 2 / 3, report);
    assertTrue(figures.run() >= figures.compiled() * 9 / 10, report);
    assertTrue(figures.rejected() > 0, "the drawing should reach the processor's limits too: " + report);
    assertEquals(figures.compiled(), figures.run() + figures.skipped() + figures.refused(), report);
  }

  /** The drawing is a function of the seed, and covers every layer kind of the DSL. */
  @Test
  void drawingIsReproducibleAndCoversEveryLayerKind() {
    assertEquals(FuzzNetwork.draw(42).source(), FuzzNetwork.draw(42).source());
    StringBuilder all = new StringBuilder();
    for (long seed = 0; seed < 300; seed++) {
      all.append(FuzzNetwork.draw(seed).source());
    }
    for (String kind : new String[] {"@Conv2D(", "@SeparableConv2D(", "@DepthwiseConv2D(", "@Conv2DTranspose(",
        "@MaxPool(", "@AvgPool(", "@BatchNorm", "@Dropout(", "@Flatten", "@GlobalMaxPool", "@GlobalAvgPool",
        "@Dense(", "@Activation(", "dilationRate", "depthMultiplier = 5", "height = 2147483647", "@Add(", "@Subtract(",
        "@Multiply(", "@Average(", "@Maximum(", "@Concatenate(", "@UpSampling2D(", "@ZeroPadding2D(", "@Cropping2D(",
        "Interpolation.BILINEAR"}) {
      assertTrue(all.indexOf(kind) >= 0, kind + " never drawn");
    }
  }
}
