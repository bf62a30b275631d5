package dev.lamina.runtime.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;

/** Adam against Keras 3's formulas: hand-computed first steps, then an independent scalar reference. */
class AdamTest {

  @Test
  void defaultsAreKeras() {
    Adam adam = Adam.builder().build();
    assertEquals(0.001, adam.learningRate());
    assertEquals(Map.of("learning_rate", 0.001, "beta_1", 0.9, "beta_2", 0.999, "epsilon", 1e-7), adam.config());
    assertEquals("adam", adam.name());
  }

  @Test
  void firstStepsByHand() {
    // With a constant gradient, m_t = (1 - b1^t) g and v_t = (1 - b2^t) g^2, so the bias-corrected step is
    // lr * g / (|g| + eps / sqrt(1 - b2^t)). Step 1, g = 0.5, lr 0.1: eps / sqrt(0.001) = 3.16228e-6, the step is
    // 0.1 * 0.5 / 0.50000316228 = 0.0999993675 and w = 0.9000006325; for g = -1 the step is -0.0999996838.
    FlatParameters p = new FlatParameters(1, -2);
    Adam adam = Adam.builder().learningRate(0.1).build();
    adam.build(p.parameters);
    p.gradients(0.5, -1);
    adam.step();
    assertArrayEquals(new double[] {0.9000006325, -1.9000003162}, p.values(), 1e-10);
    // Step 2: eps / sqrt(1 - 0.999^2) = 2.23719e-6; steps 0.0999995526 and 0.0999997763.
    adam.step();
    assertArrayEquals(new double[] {0.8000010798, -1.8000005399}, p.values(), 1e-10);
    assertEquals(2, adam.iterations());
    // m_2 = (1 - 0.81) g, v_2 = (1 - 0.998001) g^2
    assertArrayEquals(new double[] {0.095, -0.19}, adam.slots().get("momentum").toDoubleVector(), 1e-12);
    assertArrayEquals(new double[] {0.00049975, 0.001999}, adam.slots().get("velocity").toDoubleVector(), 1e-12);
  }

  @Test
  void matchesScalarReferenceWithChangingGradients() {
    double[] w = {0.3, -1.2, 2.5, 0.0};
    FlatParameters p = new FlatParameters(w.clone());
    Adam adam = Adam.builder().learningRate(0.05).beta1(0.8).beta2(0.95).epsilon(1e-3).build();
    adam.build(p.parameters);
    double[] m = new double[w.length];
    double[] v = new double[w.length];
    for (int t = 1; t <= 6; t++) {
      double[] g = new double[w.length];
      for (int i = 0; i < w.length; i++) {
        g[i] = Math.sin(t * 1.7 + i) * (i + 1) + 0.1 * w[i];
      }
      p.gradients(g);
      adam.step();
      double alpha = 0.05 * Math.sqrt(1 - Math.pow(0.95, t)) / (1 - Math.pow(0.8, t));
      for (int i = 0; i < w.length; i++) {
        m[i] += (g[i] - m[i]) * (1 - 0.8);
        v[i] += (g[i] * g[i] - v[i]) * (1 - 0.95);
        w[i] -= alpha * m[i] / (Math.sqrt(v[i]) + 1e-3);
      }
      assertArrayEquals(w, p.values(), 1e-12, "step " + t);
    }
  }

  @Test
  void restoreContinuesExactly() {
    FlatParameters straight = new FlatParameters(1, -2);
    Adam a = Adam.builder().learningRate(0.1).build();
    a.build(straight.parameters);
    FlatParameters resumed = new FlatParameters(1, -2);
    Adam b = Adam.builder().learningRate(0.1).build();
    b.build(resumed.parameters);
    straight.gradients(0.5, -1);
    resumed.gradients(0.5, -1);
    a.step();
    b.step();
    Adam c = Adam.builder().learningRate(0.5).build();
    c.build(resumed.parameters);
    c.restore(b.iterations(), b.learningRate(), Map.of("momentum", b.slots().get("momentum").dup(),
        "velocity", b.slots().get("velocity").dup()));
    straight.gradients(0.2, 0.3);
    resumed.gradients(0.2, 0.3);
    a.step();
    c.step();
    assertArrayEquals(straight.values(), resumed.values(), 0);
    assertEquals(0.1, c.learningRate());
    assertEquals(2, c.iterations());
  }

  @Test
  void restoreRejectsOtherSlots() {
    Adam adam = Adam.builder().build();
    adam.build(new FlatParameters(1, 2).parameters);
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> adam.restore(1, 0.1, Map.of("momentum", Nd4j.zeros(2))));
    assertEquals("adam keeps slots [momentum, velocity] but the saved state has [momentum];"
        + " was it saved with other hyperparameters (momentum, centered)?", e.getMessage());
  }
}
