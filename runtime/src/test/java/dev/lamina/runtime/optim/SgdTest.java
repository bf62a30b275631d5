package dev.lamina.runtime.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;

/** SGD against Keras 3's update rules, computed by hand (w0 = [1, -2, 3], g = [0.5, -1, 2], lr 0.1). */
class SgdTest {
  private static final double TOL = 1e-12;

  @Test
  void defaultsAreKeras() {
    Sgd sgd = Sgd.builder().build();
    assertEquals(0.01, sgd.learningRate());
    assertEquals(0.0, sgd.config().get("momentum"));
    assertEquals(false, sgd.config().get("nesterov"));
    assertEquals("SGD", sgd.name());
  }

  @Test
  void plainGradientDescent() {
    FlatParameters p = new FlatParameters(1, -2, 3);
    Sgd sgd = Sgd.builder().learningRate(0.1).build();
    sgd.build(p.parameters);
    p.gradients(0.5, -1, 2);
    sgd.step();
    // w - 0.1 g
    assertArrayEquals(new double[] {0.95, -1.9, 2.8}, p.values(), TOL);
    sgd.step();
    assertArrayEquals(new double[] {0.9, -1.8, 2.6}, p.values(), TOL);
    assertEquals(2, sgd.iterations());
    assertEquals(List.of(), List.copyOf(sgd.slots().keySet()));
  }

  @Test
  void momentum() {
    FlatParameters p = new FlatParameters(1, -2, 3);
    Sgd sgd = Sgd.builder().learningRate(0.1).momentum(0.9).build();
    sgd.build(p.parameters);
    p.gradients(0.5, -1, 2);
    sgd.step();
    // v1 = -0.1 g = [-0.05, 0.1, -0.2]; w1 = w0 + v1
    assertArrayEquals(new double[] {0.95, -1.9, 2.8}, p.values(), TOL);
    sgd.step();
    // v2 = 0.9 v1 - 0.1 g = [-0.095, 0.19, -0.38]; w2 = w1 + v2
    assertArrayEquals(new double[] {0.855, -1.71, 2.42}, p.values(), TOL);
    assertArrayEquals(new double[] {-0.095, 0.19, -0.38}, sgd.slots().get("momentum").toDoubleVector(), TOL);
  }

  @Test
  void nesterov() {
    FlatParameters p = new FlatParameters(1, -2, 3);
    Sgd sgd = Sgd.builder().learningRate(0.1).momentum(0.9).nesterov(true).build();
    sgd.build(p.parameters);
    p.gradients(0.5, -1, 2);
    sgd.step();
    // v1 = [-0.05, 0.1, -0.2]; w1 = w0 + 0.9 v1 - 0.1 g = [1 - 0.045 - 0.05, -2 + 0.09 + 0.1, 3 - 0.18 - 0.2]
    assertArrayEquals(new double[] {0.905, -1.81, 2.62}, p.values(), TOL);
    sgd.step();
    // v2 = [-0.095, 0.19, -0.38]; w2 = w1 + 0.9 v2 - 0.1 g
    assertArrayEquals(new double[] {0.7695, -1.539, 2.078}, p.values(), TOL);
  }

  @Test
  void learningRateChangeTakesEffectNextStep() {
    FlatParameters p = new FlatParameters(1);
    Sgd sgd = Sgd.builder().learningRate(0.1).build();
    sgd.build(p.parameters);
    p.gradients(1);
    sgd.step();
    sgd.setLearningRate(0.01);
    sgd.step();
    assertArrayEquals(new double[] {1 - 0.1 - 0.01}, p.values(), TOL);
  }

  @Test
  void floatBuffersUpdateToo() {
    FlatParameters p = new FlatParameters(DataType.FLOAT, 1, -2, 3);
    Sgd sgd = Sgd.builder().learningRate(0.1).momentum(0.9).build();
    sgd.build(p.parameters);
    p.gradients(0.5, -1, 2);
    sgd.step();
    sgd.step();
    assertArrayEquals(new double[] {0.855, -1.71, 2.42}, p.values(), 1e-6);
  }

  @Test
  void rejectsBadSettingsAndMisuse() {
    assertThrows(IllegalArgumentException.class, () -> Sgd.builder().learningRate(0).build());
    assertThrows(IllegalArgumentException.class, () -> Sgd.builder().learningRate(Double.NaN).build());
    assertThrows(IllegalArgumentException.class, () -> Sgd.builder().momentum(1.0).build());
    Sgd sgd = Sgd.builder().build();
    IllegalStateException notBuilt = assertThrows(IllegalStateException.class, sgd::step);
    assertEquals("SGD optimizer is not built: call build(model.parameters()) first", notBuilt.getMessage());
    sgd.build(new FlatParameters(1).parameters);
    assertThrows(IllegalStateException.class, () -> sgd.build(new FlatParameters(2).parameters));
    assertThrows(IllegalArgumentException.class, () -> sgd.setLearningRate(-1));
  }
}
