package dev.lamina.runtime.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** RMSprop against Keras 3's formulas (epsilon inside the square root). */
class RmsPropTest {

  @Test
  void defaultsAreKeras() {
    RmsProp rms = RmsProp.builder().build();
    assertEquals(0.001, rms.learningRate());
    assertEquals(0.9, rms.config().get("rho"));
    assertEquals(0.0, rms.config().get("momentum"));
    assertEquals(1e-7, rms.config().get("epsilon"));
    assertEquals(false, rms.config().get("centered"));
    assertEquals("rmsprop", rms.name());
  }

  @Test
  void kerasDocumentationExample() {
    // keras.optimizers.RMSprop docstring: var1 = 10, loss = var1^2 / 2 (gradient = var1), lr 0.1, one step:
    // v = 0.1 * 100 = 10, w = 10 - 0.1 * 10 / sqrt(10 + 1e-7) = 9.683772
    FlatParameters p = new FlatParameters(10);
    RmsProp rms = RmsProp.builder().learningRate(0.1).build();
    rms.build(p.parameters);
    p.gradients(10);
    rms.step();
    assertArrayEquals(new double[] {9.683772}, p.values(), 5e-7);
  }

  @Test
  void momentumAndCenteredByHand() {
    // lr 0.1, rho 0.5, momentum 0.5, centered, eps 1e-7; w0 = 1, g = 2 both steps.
    // Step 1: v = 0.5 * 4 = 2, a = 0.5 * 2 = 1, d = 2 - 1 + eps, increment = 0.1 * 2 / sqrt(1 + 1e-7) = 0.19999999,
    //         u = 0.19999999, w = 0.80000001.
    // Step 2: v = 0.5 * 2 + 0.5 * 4 = 3, a = 0.5 + 1 = 1.5, d = 3 - 2.25 + eps = 0.7500001, increment
    //         = 0.2 / sqrt(0.7500001) = 0.230940093, u = 0.5 * 0.19999999 + 0.230940093 = 0.330940088,
    //         w = 0.80000001 - 0.330940088 = 0.469059922.
    FlatParameters p = new FlatParameters(1);
    RmsProp rms = RmsProp.builder().learningRate(0.1).rho(0.5).momentum(0.5).centered(true).build();
    rms.build(p.parameters);
    assertEquals(List.of("velocity", "momentum", "average_gradient"), List.copyOf(rms.slots().keySet()));
    p.gradients(2);
    rms.step();
    assertArrayEquals(new double[] {0.80000001}, p.values(), 1e-8);
    rms.step();
    assertArrayEquals(new double[] {0.469059922}, p.values(), 1e-8);
  }

  @Test
  void matchesScalarReference() {
    double[] w = {0.3, -1.2, 2.5};
    FlatParameters p = new FlatParameters(w.clone());
    RmsProp rms = RmsProp.builder().learningRate(0.01).rho(0.8).momentum(0.3).build();
    rms.build(p.parameters);
    double[] v = new double[w.length];
    double[] u = new double[w.length];
    for (int t = 1; t <= 5; t++) {
      double[] g = new double[w.length];
      for (int i = 0; i < w.length; i++) {
        g[i] = Math.cos(t + 2.0 * i) - 0.5 * w[i];
      }
      p.gradients(g);
      rms.step();
      for (int i = 0; i < w.length; i++) {
        v[i] = 0.8 * v[i] + 0.2 * g[i] * g[i];
        double increment = 0.01 * g[i] / Math.sqrt(v[i] + 1e-7);
        u[i] = 0.3 * u[i] + increment;
        w[i] -= u[i];
      }
      assertArrayEquals(w, p.values(), 1e-12, "step " + t);
    }
  }
}
