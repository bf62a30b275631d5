package dev.lamina.samples;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.runtime.GradientTarget;
import dev.lamina.runtime.Model;
import dev.lamina.runtime.NonFiniteValueException;
import dev.lamina.samples.check.Tensors;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** What a generated network says when it is handed the wrong thing, and its numeric checks. */
class InputValidationTest {
  private final Model model = LaminaFashionCnn.create(1);

  private String rejection(INDArray input) {
    return assertThrows(IllegalArgumentException.class, () -> model.forward(input, true)).getMessage();
  }

  @Test
  void nullInputIsRejectedWithTheExpectedShape() {
    assertEquals("FashionCnn expects an input [N, 28, 28, 1] FLOAT, got null", rejection(null));
  }

  @Test
  void missingBatchDimensionIsRejectedWithAHint() {
    assertEquals("FashionCnn expects an input [N, 28, 28, 1] FLOAT, got [28, 28, 1] FLOAT; the batch dimension is "
        + "missing: reshape a single example to [1, ...]", rejection(Nd4j.create(DataType.FLOAT, 28, 28, 1)));
  }

  @Test
  void wrongHeightWidthOrChannelsAreRejected() {
    assertEquals("FashionCnn expects an input [N, 28, 28, 1] FLOAT, got [4, 27, 28, 1] FLOAT",
        rejection(Nd4j.create(DataType.FLOAT, 4, 27, 28, 1)));
    assertEquals("FashionCnn expects an input [N, 28, 28, 1] FLOAT, got [4, 28, 32, 1] FLOAT",
        rejection(Nd4j.create(DataType.FLOAT, 4, 28, 32, 1)));
    assertEquals("FashionCnn expects an input [N, 28, 28, 1] FLOAT, got [4, 28, 28, 3] FLOAT",
        rejection(Nd4j.create(DataType.FLOAT, 4, 28, 28, 3)));
    assertEquals("FashionCnn expects an input [N, 28, 28, 1] FLOAT, got [4, 784] FLOAT",
        rejection(Nd4j.create(DataType.FLOAT, 4, 784)));
  }

  @Test
  void channelsFirstInputIsRejectedWithAHint() {
    assertEquals("FashionCnn expects an input [N, 28, 28, 1] FLOAT, got [4, 1, 28, 28] FLOAT; this looks like NCHW, "
        + "but Lamina's tensors are NHWC (permute(0, 2, 3, 1))", rejection(Nd4j.create(DataType.FLOAT, 4, 1, 28, 28)));
  }

  @Test
  void wrongDataTypeIsRejectedWithTheFix() {
    assertEquals("FashionCnn expects an input [N, 28, 28, 1] FLOAT, got [2, 28, 28, 1] DOUBLE; convert it with "
        + "input.castTo(DataType.FLOAT) or create the network with that data type",
        rejection(Nd4j.create(DataType.DOUBLE, 2, 28, 28, 1)));
  }

  @Test
  void emptyBatchIsRejected() {
    assertTrue(rejection(Nd4j.create(DataType.FLOAT, 0, 28, 28, 1)).startsWith("FashionCnn expects an input [N, 28, 28, 1]"));
  }

  @Test
  void backwardNeedsATrainingForwardPass() {
    Model fresh = LaminaFashionCnn.create(2);
    fresh.forward(Nd4j.create(DataType.FLOAT, 2, 28, 28, 1), false);
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> fresh.backward(Nd4j.create(DataType.FLOAT, 2, 10), GradientTarget.OUTPUT));
    assertEquals("FashionCnn.backward needs a training forward pass first: call forward(input, true)", e.getMessage());
  }

  @Test
  void backwardRejectsAGradientShapedUnlikeTheOutput() {
    model.forward(Nd4j.create(DataType.FLOAT, 2, 28, 28, 1), true);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> model.backward(Nd4j.create(DataType.FLOAT, 3, 10), GradientTarget.LOGITS));
    assertEquals("FashionCnn.backward expects a gradient [2, 10] FLOAT (shaped like the last output), got [3, 10] FLOAT",
        e.getMessage());
  }

  @Test
  void onlyFloatAndDoubleNetworksCanBeCreated() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> LaminaFashionCnn.create(1, DataType.INT32));
    assertEquals("FashionCnn runs in FLOAT or DOUBLE, got INT", e.getMessage());
  }

  @Test
  void numericChecksNameTheFirstLayerThatProducedNaN() {
    Model m = LaminaFashionCnn.create(3);
    INDArray input = Tensors.input(m, 2, 4);
    m.layers().get(1).parameters().get(0).value().putScalar(0, Double.NaN);
    assertDoesNotThrow(() -> m.forward(input, false), "checks are off by default");
    m.checkNumerics(true);
    NonFiniteValueException e = assertThrows(NonFiniteValueException.class, () -> m.forward(input, false));
    assertEquals("conv2", e.source());
    assertTrue(e.getMessage().startsWith("layer conv2 of FashionCnn holds "), e.getMessage());
  }

  @Test
  void numericChecksReportANonFiniteInput() {
    Model m = LaminaFashionCnn.create(3);
    m.checkNumerics(true);
    INDArray input = Tensors.input(m, 2, 4);
    input.putScalar(5, Double.POSITIVE_INFINITY);
    NonFiniteValueException e = assertThrows(NonFiniteValueException.class, () -> m.forward(input, true));
    assertEquals("input", e.source());
    assertTrue(e.getMessage().startsWith("the input of FashionCnn holds 0 NaN and 1 infinite values out of 1568"),
        e.getMessage());
  }
}
