package dev.lamina.runtime.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Each metric against values counted by hand. */
class MetricsTest {
  private static final int[] THREE = {3};
  private static final int[] SPARSE = {};

  private static final INDArray SCORES = Nd4j.create(new double[][] {
      {0.7, 0.2, 0.1}, // argmax 0
      {0.1, 0.3, 0.6}, // argmax 2, second 1
      {0.3, 0.4, 0.3}, // argmax 1
  });

  private static double once(Metric metric, int[] outputShape, int[] labelShape, INDArray output, INDArray labels) {
    MetricAccumulator acc = metric.accumulator(outputShape, labelShape);
    acc.update(output, labels);
    return acc.result();
  }

  @Test
  void sparseAccuracy() {
    // labels [0, 1, 1]: rows 0 and 2 right, row 1 wrong
    assertEquals(2.0 / 3, once(Metrics.accuracy(), THREE, SPARSE, SCORES, Nd4j.createFromArray(0, 1, 1)), 1e-12);
    assertEquals(2.0 / 3, once(Metrics.sparseCategoricalAccuracy(), THREE, SPARSE, SCORES,
        Nd4j.createFromArray(0, 1, 1)), 1e-12);
    assertEquals("accuracy", Metrics.accuracy().name());
    assertEquals(MetricKey.ACCURACY, Metrics.accuracy().key());
    assertEquals(MetricKey.VAL_ACCURACY, Metrics.accuracy().key().toValidation());
  }

  @Test
  void categoricalAccuracyOnOneHot() {
    INDArray oneHot = Nd4j.create(new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 1, 0}});
    assertEquals(2.0 / 3, once(Metrics.categoricalAccuracy(), THREE, THREE, SCORES, oneHot), 1e-12);
    assertEquals(2.0 / 3, once(Metrics.accuracy(), THREE, THREE, SCORES, oneHot), 1e-12);
  }

  @Test
  void accumulatesOverBatchesAndResets() {
    MetricAccumulator acc = Metrics.accuracy().accumulator(THREE, SPARSE);
    assertEquals(0, acc.result());
    acc.update(SCORES, Nd4j.createFromArray(0, 1, 1)); // 2 of 3
    acc.update(SCORES.getRow(0, true), Nd4j.createFromArray(0)); // 1 of 1
    assertEquals(0.75, acc.result(), 1e-12);
    acc.reset();
    acc.update(SCORES.getRow(1, true), Nd4j.createFromArray(0));
    assertEquals(0, acc.result());
  }

  @Test
  void topKAccuracy() {
    // k = 2, labels [0, 1, 1]: row 1's label scores 0.3, beaten only by 0.6, so it is in the top 2
    assertEquals(1.0, once(Metrics.sparseTopKCategoricalAccuracy(2), THREE, SPARSE, SCORES,
        Nd4j.createFromArray(0, 1, 1)), 1e-12);
    // k = 1 is plain accuracy
    assertEquals(2.0 / 3, once(Metrics.sparseTopKCategoricalAccuracy(1), THREE, SPARSE, SCORES,
        Nd4j.createFromArray(0, 1, 1)), 1e-12);
    // labels [2, 0, 0]: rows 0 and 1 score 0.1, beaten by two classes; row 2's label scores 0.3, tied with
    // class 2 and beaten only by 0.4, so it counts as in the top 2 (in_top_k's tie rule)
    assertEquals(1.0 / 3, once(Metrics.sparseTopKCategoricalAccuracy(2), THREE, SPARSE, SCORES,
        Nd4j.createFromArray(2, 0, 0)), 1e-12);
    // one-hot [2, 1, 2]: row 0 out, rows 1 and 2 in
    INDArray oneHot = Nd4j.create(new double[][] {{0, 0, 1}, {0, 1, 0}, {0, 0, 1}});
    assertEquals(2.0 / 3, once(Metrics.topKCategoricalAccuracy(2), THREE, THREE, SCORES, oneHot), 1e-12);
    assertEquals("sparse_top_k_categorical_accuracy", Metrics.sparseTopKCategoricalAccuracy(5).name());
  }

  @Test
  void binaryAccuracy() {
    // output > 0.5: [1, 0, 0, 1] against [1, 1, 0, 1]: 3 of 4 agree (0.5 is not above the threshold)
    INDArray out = Nd4j.create(new double[][] {{0.6}, {0.4}, {0.5}, {0.9}});
    INDArray y = Nd4j.create(new double[][] {{1}, {1}, {0}, {1}});
    assertEquals(0.75, once(Metrics.binaryAccuracy(), new int[] {1}, new int[] {1}, out, y), 1e-12);
    assertEquals(0.75, once(Metrics.accuracy(), new int[] {1}, new int[] {1}, out, y), 1e-12);
    // threshold 0.45: [1, 0, 1, 1]: 2 of 4
    assertEquals(0.5, once(Metrics.binaryAccuracy(0.45), new int[] {1}, new int[] {1}, out, y), 1e-12);
  }

  @Test
  void binaryIoUOfMasks() {
    // a 2x2 mask: output >= 0.5 gives [1, 0, 1, 1], truth [1, 1, 0, 1]
    // foreground: TP 2, FP 1, FN 1 -> 2 / 4; background: TP 0, union 2 -> 0; mean 0.25
    INDArray out = Nd4j.create(new double[] {0.6, 0.4, 0.5, 0.9}, new long[] {1, 2, 2, 1});
    INDArray y = Nd4j.create(new double[] {1, 1, 0, 1}, new long[] {1, 2, 2, 1});
    int[] mask = {2, 2, 1};
    assertEquals(0.25, once(Metrics.binaryIoU(), mask, mask, out, y), 1e-12);
    // a perfect prediction has IoU 1 for both classes
    assertEquals(1.0, once(Metrics.binaryIoU(), mask, mask, y, y), 1e-12);
    assertEquals("binary_io_u", Metrics.binaryIoU().name());
  }

  @Test
  void meanIoUOverPresentClasses() {
    // predictions [0, 2, 1], truth [0, 1, 1]:
    // class 0: TP 1, union 1 -> 1; class 1: TP 1, truth 2, predicted 1 -> 1 / 2; class 2: TP 0, union 1 -> 0
    assertEquals(0.5, once(Metrics.meanIoU(3), THREE, SPARSE, SCORES, Nd4j.createFromArray(0, 1, 1)), 1e-12);
    // truth [0, 2, 2]: class 0 -> 1; class 1: TP 0, union 1 -> 0; class 2: TP 1, union 2 -> 1/2
    assertEquals(0.5, once(Metrics.meanIoU(3), THREE, SPARSE, SCORES, Nd4j.createFromArray(0, 2, 2)), 1e-12);
    // class 2 absent from truth and predictions is skipped: rows 0 and 2 only
    INDArray two = Nd4j.create(new double[][] {{0.7, 0.2, 0.1}, {0.3, 0.4, 0.3}});
    assertEquals(1.0, once(Metrics.meanIoU(3), THREE, SPARSE, two, Nd4j.createFromArray(0, 1)), 1e-12);
  }

  @Test
  void badLabelsAndShapesAreRejected() {
    MetricAccumulator acc = Metrics.accuracy().accumulator(THREE, SPARSE);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> acc.update(SCORES, Nd4j.createFromArray(0, 7, 1)));
    assertTrue(e.getMessage().startsWith("label 7 at position 1 of the batch"), e.getMessage());
    IllegalArgumentException shape = assertThrows(IllegalArgumentException.class,
        () -> Metrics.sparseCategoricalAccuracy().accumulator(THREE, THREE));
    assertEquals("sparse_categorical_accuracy needs class indices for outputs of shape [3] (label shape []), but the"
        + " labels have shape [3]; use Metrics.categoricalAccuracy() or Metrics.accuracy()", shape.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Metrics.meanIoU(4).accumulator(THREE, SPARSE));
    assertThrows(IllegalArgumentException.class, () -> Metrics.sparseTopKCategoricalAccuracy(0));
    assertThrows(IllegalArgumentException.class, () -> Metrics.accuracy().accumulator(THREE, new int[] {2}));
  }

  @Test
  void keysAndLogs() {
    assertEquals("val_loss", MetricKey.VAL_LOSS.logName());
    assertEquals(Direction.DOWN, MetricKey.VAL_LOSS.direction());
    assertThrows(IllegalArgumentException.class, () -> new MetricKey("val_loss", Direction.DOWN, false));
    Logs logs = Logs.of(java.util.Map.of(MetricKey.LOSS, 0.43351));
    assertEquals("loss: 0.4335", logs.toString());
    assertEquals("5.0000e-04", Logs.format(0.0005));
    IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> logs.get(MetricKey.VAL_LOSS));
    assertEquals("no figure val_loss in the logs; available: loss (val_ figures need validation data in the fit"
        + " configuration)", missing.getMessage());
  }
}
