package dev.lamina.runtime.loss;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.dsl.ActivationFunction;
import dev.lamina.runtime.GradientTarget;
import dev.lamina.runtime.Model;
import dev.lamina.runtime.testing.TestNet;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Each loss against values computed by hand. */
class LossesTest {
  private static final double TOL = 1e-6;

  private static Model net(ActivationFunction activation, int units) {
    return TestNet.builder(new int[] {1, 1, 2}, units).activation(activation).dataType(DataType.DOUBLE).build();
  }

  private static INDArray rows(double[]... rows) {
    return Nd4j.create(rows);
  }

  private static INDArray classes(int... labels) {
    return Nd4j.createFromArray(labels);
  }

  private static double[] flat(INDArray a) {
    return a.dup().reshape(a.length()).toDoubleVector();
  }

  @Test
  void sparseCategoricalCrossentropyOnSoftmax() {
    BoundLoss loss = Losses.sparseCategoricalCrossentropy().bind(net(ActivationFunction.SOFTMAX, 3));
    assertEquals(GradientTarget.LOGITS, loss.gradientTarget());
    INDArray p = rows(new double[] {0.7, 0.2, 0.1}, new double[] {0.1, 0.3, 0.6});
    // -(ln 0.7 + ln 0.6) / 2 = (0.3566749 + 0.5108256) / 2
    assertEquals(0.4337503, loss.valueAndGradient(p, classes(0, 2)), TOL);
    // (p - onehot) / 2
    assertArrayEquals(new double[] {-0.15, 0.1, 0.05, 0.05, 0.15, -0.2}, flat(loss.gradient()), 1e-12);
    assertEquals(0.4337503, loss.value(p, classes(0, 2)), TOL);
  }

  @Test
  void probabilitiesAreClippedAtKerasEpsilon() {
    BoundLoss loss = Losses.sparseCategoricalCrossentropy().bind(net(ActivationFunction.SOFTMAX, 3));
    // -ln(1e-7) = 16.1180957
    assertEquals(16.1180957, loss.value(rows(new double[] {1, 0, 0}), classes(1)), TOL);
  }

  @Test
  void sparseFromLogitsUsesLogSoftmax() {
    BoundLoss loss = Losses.sparseCategoricalCrossentropy(true).bind(net(ActivationFunction.LINEAR, 3));
    assertEquals(GradientTarget.OUTPUT, loss.gradientTarget());
    // log-softmax of [2, 1, 0] at 0: 2 - ln(e^2 + e + 1) = 2 - ln(11.1073379) = -0.4076059
    double value = loss.valueAndGradient(rows(new double[] {2, 1, 0}), classes(0));
    assertEquals(0.4076059, value, TOL);
    // softmax - onehot = [0.6652410 - 1, 0.2447285, 0.0900306]
    assertArrayEquals(new double[] {-0.3347590, 0.2447285, 0.0900306}, flat(loss.gradient()), TOL);
    // very large logits stay finite: log-softmax of [1000, 0] at 1 is -1000
    BoundLoss two = Losses.sparseCategoricalCrossentropy(true).bind(net(ActivationFunction.LINEAR, 2));
    assertEquals(1000, two.value(rows(new double[] {1000, 0}), classes(1)), 1e-9);
  }

  @Test
  void categoricalCrossentropyMatchesSparseOnOneHot() {
    BoundLoss loss = Losses.categoricalCrossentropy().bind(net(ActivationFunction.SOFTMAX, 3));
    INDArray p = rows(new double[] {0.7, 0.2, 0.1}, new double[] {0.1, 0.3, 0.6});
    INDArray y = rows(new double[] {1, 0, 0}, new double[] {0, 0, 1});
    assertEquals(0.4337503, loss.valueAndGradient(p, y), TOL);
    assertArrayEquals(new double[] {-0.15, 0.1, 0.05, 0.05, 0.15, -0.2}, flat(loss.gradient()), 1e-12);
    // soft labels: -(0.5 ln 0.7 + 0.5 ln 0.2) = 0.5 (0.3566749 + 1.6094379)
    assertEquals(0.9830564, loss.value(rows(new double[] {0.7, 0.2, 0.1}), rows(new double[] {0.5, 0.5, 0})), TOL);
  }

  @Test
  void categoricalFromLogits() {
    BoundLoss loss = Losses.categoricalCrossentropy(true).bind(net(ActivationFunction.LINEAR, 3));
    assertEquals(0.4076059, loss.valueAndGradient(rows(new double[] {2, 1, 0}), rows(new double[] {1, 0, 0})), TOL);
    assertArrayEquals(new double[] {-0.3347590, 0.2447285, 0.0900306}, flat(loss.gradient()), TOL);
  }

  @Test
  void binaryCrossentropyOnSigmoid() {
    BoundLoss loss = Losses.binaryCrossentropy().bind(net(ActivationFunction.SIGMOID, 2));
    assertEquals(GradientTarget.LOGITS, loss.gradientTarget());
    // -(ln 0.9 + ln 0.8) / 2 = (0.1053605 + 0.2231436) / 2
    assertEquals(0.1642520, loss.valueAndGradient(rows(new double[] {0.9, 0.2}), rows(new double[] {1, 0})), TOL);
    assertArrayEquals(new double[] {-0.05, 0.1}, flat(loss.gradient()), 1e-12);
    // a soft target 0.25 on p = 0.5: -(0.25 ln 0.5 + 0.75 ln 0.5) = ln 2
    BoundLoss one = Losses.binaryCrossentropy().bind(net(ActivationFunction.SIGMOID, 1));
    assertEquals(Math.log(2), one.value(rows(new double[] {0.5}), rows(new double[] {0.25})), TOL);
    // clipping: p = 1 with target 0 costs -ln(1e-7)
    assertEquals(16.1180957, one.value(rows(new double[] {1}), rows(new double[] {0})), 1e-5);
  }

  @Test
  void binaryCrossentropyFromLogits() {
    BoundLoss loss = Losses.binaryCrossentropy(true).bind(net(ActivationFunction.LINEAR, 2));
    // z = [2, -1], y = [1, 0]: (ln(1 + e^-2) + ln(1 + e^-1)) / 2 = (0.1269280 + 0.3132617) / 2
    assertEquals(0.2200948, loss.valueAndGradient(rows(new double[] {2, -1}), rows(new double[] {1, 0})), TOL);
    // (sigmoid(z) - y) / 2 = [(0.8807971 - 1) / 2, 0.2689414 / 2]
    assertArrayEquals(new double[] {-0.0596015, 0.1344707}, flat(loss.gradient()), TOL);
    // stable for large logits: z = -800 with y = 1 costs 800
    BoundLoss one = Losses.binaryCrossentropy(true).bind(net(ActivationFunction.LINEAR, 1));
    assertEquals(800, one.value(rows(new double[] {-800}), rows(new double[] {1})), 1e-9);
  }

  @Test
  void meanSquaredError() {
    BoundLoss loss = Losses.meanSquaredError().bind(net(ActivationFunction.LINEAR, 3));
    assertEquals(GradientTarget.OUTPUT, loss.gradientTarget());
    // ((1 - 1.5)^2 + 0 + (3 - 2)^2) / 3 = 1.25 / 3
    assertEquals(0.4166667, loss.valueAndGradient(rows(new double[] {1, 2, 3}), rows(new double[] {1.5, 2, 2})), TOL);
    assertArrayEquals(new double[] {-1.0 / 3, 0, 2.0 / 3}, flat(loss.gradient()), 1e-12);
  }

  @Test
  void perPixelLossesAverageOverPixels() {
    Model masks = TestNet.builder(new int[] {2, 1, 3}, 1).perPixel().activation(ActivationFunction.SIGMOID)
        .dataType(DataType.DOUBLE).build();
    BoundLoss loss = Losses.binaryCrossentropy().bind(masks);
    INDArray p = Nd4j.create(new double[] {0.9, 0.2, 0.5, 0.5}, new long[] {2, 2, 1, 1});
    INDArray y = Nd4j.create(new double[] {1, 0, 1, 0}, new long[] {2, 2, 1, 1});
    // (0.1053605 + 0.2231436 + 2 ln 2) / 4 = (0.3285041 + 1.3862944) / 4
    assertEquals(0.4286996, loss.valueAndGradient(p, y), TOL);
    assertArrayEquals(new double[] {-0.025, 0.05, -0.125, 0.125}, flat(loss.gradient()), 1e-12);
  }

  @Test
  void gradientBuffersAreReusedPerBatchShape() {
    BoundLoss loss = Losses.sparseCategoricalCrossentropy().bind(net(ActivationFunction.SOFTMAX, 3));
    INDArray full = rows(new double[] {0.7, 0.2, 0.1}, new double[] {0.1, 0.3, 0.6});
    INDArray last = rows(new double[] {0.7, 0.2, 0.1});
    loss.valueAndGradient(full, classes(0, 2));
    INDArray fullBuffer = loss.gradient();
    loss.valueAndGradient(last, classes(0));
    INDArray lastBuffer = loss.gradient();
    loss.valueAndGradient(full, classes(0, 2));
    assertSame(fullBuffer, loss.gradient());
    loss.valueAndGradient(last, classes(0));
    assertSame(lastBuffer, loss.gradient());
  }

  @Test
  void labelsOutOfRangeAreRejected() {
    BoundLoss loss = Losses.sparseCategoricalCrossentropy().bind(net(ActivationFunction.SOFTMAX, 3));
    INDArray p = rows(new double[] {0.7, 0.2, 0.1}, new double[] {0.1, 0.3, 0.6});
    IllegalArgumentException high = assertThrows(IllegalArgumentException.class,
        () -> loss.valueAndGradient(p, classes(0, 3)));
    assertEquals("label 3 at position 1 of the batch is not a class index: the output has 3 classes, so labels must"
        + " be integers 0..2", high.getMessage());
    assertThrows(IllegalArgumentException.class, () -> loss.value(p, classes(-1, 0)));
    assertThrows(IllegalArgumentException.class, () -> loss.value(p, Nd4j.createFromArray(0.5, 1.0)));
  }

  @Test
  void mismatchedActivationsAreRejectedWithAFix() {
    IllegalArgumentException relu = assertThrows(IllegalArgumentException.class,
        () -> Losses.sparseCategoricalCrossentropy().bind(TestNet.builder(new int[] {1, 1, 2}, 3)
            .name("Tiny").activation(ActivationFunction.SIGMOID).build()));
    assertEquals("sparse_categorical_crossentropy needs the last layer's activation to be SOFTMAX (or LINEAR with"
        + " Losses.sparseCategoricalCrossentropy(true)), but network Tiny ends in SIGMOID", relu.getMessage());
    IllegalArgumentException linear = assertThrows(IllegalArgumentException.class,
        () -> Losses.binaryCrossentropy().bind(net(ActivationFunction.LINEAR, 1)));
    assertTrue(linear.getMessage().contains("use Losses.binaryCrossentropy(true) to read logits"), linear.getMessage());
    IllegalArgumentException logits = assertThrows(IllegalArgumentException.class,
        () -> Losses.categoricalCrossentropy(true).bind(net(ActivationFunction.SOFTMAX, 3)));
    assertTrue(logits.getMessage().contains("with fromLogits reads raw scores"), logits.getMessage());
  }

  @Test
  void labelShapesAreChecked() {
    BoundLoss sparse = Losses.sparseCategoricalCrossentropy().bind(net(ActivationFunction.SOFTMAX, 10));
    sparse.checkLabelShape(new int[0]);
    IllegalArgumentException oneHot = assertThrows(IllegalArgumentException.class,
        () -> sparse.checkLabelShape(new int[] {10}));
    assertEquals("sparse_categorical_crossentropy takes one class index per row, label shape [] for network TestNet's"
        + " output [10], but the labels have shape [10]; use Losses.categoricalCrossentropy() for one-hot labels",
        oneHot.getMessage());
    BoundLoss categorical = Losses.categoricalCrossentropy().bind(net(ActivationFunction.SOFTMAX, 10));
    assertThrows(IllegalArgumentException.class, () -> categorical.checkLabelShape(new int[0]));
    BoundLoss mse = Losses.meanSquaredError().bind(net(ActivationFunction.LINEAR, 10));
    assertThrows(IllegalArgumentException.class, () -> mse.checkLabelShape(new int[] {5}));
  }
}
