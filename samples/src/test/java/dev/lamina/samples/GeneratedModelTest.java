package dev.lamina.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.dsl.ActivationFunction;
import dev.lamina.runtime.GradientTarget;
import dev.lamina.runtime.Model;
import dev.lamina.runtime.layer.Conv2DLayer;
import dev.lamina.runtime.layer.Conv2DTransposeLayer;
import dev.lamina.runtime.layer.Layer;
import dev.lamina.runtime.layer.SeparableConv2DLayer;
import dev.lamina.runtime.param.Parameter;
import dev.lamina.runtime.param.Parameters;
import dev.lamina.samples.check.Tensors;
import dev.lamina.samples.nets.LaminaConvNets_TransposeSameStride2;
import dev.lamina.samples.nets.LaminaNormNets_BatchNormSpatial;
import dev.lamina.samples.nets.LaminaNormNets_DropoutNet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/** The generated classes as the {@code Model} contract and the interfaces describe them. */
class GeneratedModelTest {

  @Test
  void fashionCnnDescribesItselfAsTheProcessorComputedIt() {
    LaminaFashionCnn model = LaminaFashionCnn.create(1);
    assertInstanceOf(FashionCnn.class, model);
    assertEquals("FashionCnn", model.name());
    assertArrayEquals(new int[] {28, 28, 1}, model.inputShape());
    assertArrayEquals(new int[] {10}, model.outputShape());
    assertEquals(DataType.FLOAT, model.dataType());
    assertEquals(ActivationFunction.SOFTMAX, model.outputActivation());
    assertEquals(435_306, model.summary().totalParams());
    assertEquals(435_306, model.parameters().trainableCount());
    assertEquals(0, model.parameters().nonTrainableCount());
    List<String> names = model.layers().stream().map(Layer::name).toList();
    assertEquals(List.of("conv1", "conv2", "pool1", "conv3", "conv4", "pool2", "conv5", "conv6", "pool3", "flatten",
        "dense1", "output"), names);
    assertEquals("MaxPooling2D", model.pool3().type());
    assertArrayEquals(new int[] {3, 3, 128}, model.pool3().outputShape());
    assertArrayEquals(new int[] {1152}, model.flatten().outputShape());
    assertTrue(model.architecture().startsWith("FashionCnn input=28x28x1\nconv1 Conv2D(filters=32"),
        model.architecture());
    assertSame(model.conv1(), model.layers().get(0));
  }

  @Test
  void parametersAreKerasShapedViewsOfTheFlatBuffers() {
    LaminaFashionSeparableCnn model = LaminaFashionSeparableCnn.create(1);
    SeparableConv2DLayer sep2 = model.sep2();
    assertArrayEquals(new long[] {3, 3, 1, 32}, model.conv1().kernel().shape());
    assertArrayEquals(new long[] {3, 3, 32, 1}, sep2.depthwiseKernel().shape());
    assertArrayEquals(new long[] {1, 1, 32, 32}, sep2.pointwiseKernel().shape());
    assertArrayEquals(new long[] {1152, 128}, model.dense1().kernel().shape());
    Conv2DTransposeLayer transpose = (Conv2DTransposeLayer) LaminaConvNets_TransposeSameStride2.create(1,
        DataType.FLOAT).layers().get(0);
    assertArrayEquals(new long[] {3, 3, 2, 2}, transpose.kernel().shape());

    Parameters p = model.parameters();
    p.values().assign(0.25);
    assertEquals(0.25, sep2.pointwiseKernel().getDouble(1, 0, 0, 0, 3), 0);
    p.gradients().assign(-1);
    assertEquals(-1, p.get("output/bias").gradient().getDouble(9), 0);
    assertEquals(p.values().length(), p.trainable().stream().mapToLong(Parameter::size).sum());
  }

  @Test
  void batchNormalizationKeepsItsMovingStatisticsInTheStateBuffer() {
    Model model = LaminaNormNets_BatchNormSpatial.create(1, DataType.DOUBLE);
    Parameters p = model.parameters();
    assertEquals(3 * 2 + 4 * 2, p.nonTrainableCount());
    assertEquals(List.of("norm/moving_mean", "norm/moving_variance", "norm2/moving_mean", "norm2/moving_variance"),
        p.all().stream().filter(x -> !x.trainable()).map(Parameter::path).toList());
    INDArray before = p.state().dup();
    model.forward(Tensors.input(model, 4, 2), false);
    assertEquals(before, p.state(), "inference leaves the moving statistics alone");
    model.forward(Tensors.input(model, 4, 2), true);
    assertNotEquals(before, p.state(), "training updates them");
  }

  @Test
  void theSameSeedGivesTheSameParametersInBothDataTypes() {
    INDArray a = LaminaFashionCnn.create(42).parameters().values();
    INDArray b = LaminaFashionCnn.create(42).parameters().values();
    INDArray c = LaminaFashionCnn.create(43).parameters().values();
    INDArray d = LaminaFashionCnn.create(42, DataType.DOUBLE).parameters().values();
    assertEquals(a, b);
    assertNotEquals(a, c);
    assertEquals(a, d.castTo(DataType.FLOAT));
  }

  @Test
  void kernelsFollowTheirInitializerAndBiasesStartAtZero() {
    LaminaFashionCnn model = LaminaFashionCnn.create(7);
    // glorot_uniform on [3, 3, 32, 64]: limit sqrt(6 / (9*32 + 9*64))
    double limit = Math.sqrt(6.0 / (9 * 32 + 9 * 64));
    INDArray kernel = model.conv3().kernel();
    assertTrue(kernel.amaxNumber().doubleValue() <= limit);
    assertTrue(kernel.amaxNumber().doubleValue() > 0.95 * limit);
    assertEquals(0, model.conv3().bias().orElseThrow().amaxNumber().doubleValue(), 0);
  }

  @Test
  void predictReturnsACopyWhileForwardReturnsTheModelsBuffer() {
    Model model = LaminaFashionCnn.create(1);
    INDArray x1 = Tensors.input(model, 2, 1);
    INDArray x2 = Tensors.input(model, 2, 2);
    INDArray kept = model.predict(x1);
    INDArray shared = model.forward(x1, false);
    INDArray expected = shared.dup();
    model.forward(x2, false);
    assertNotEquals(expected, shared, "the next forward overwrote the returned buffer");
    assertEquals(expected, kept);
  }

  @Test
  void dropoutMasksRepeatAfterReseeding() {
    Model model = LaminaNormNets_DropoutNet.create(1, DataType.DOUBLE);
    INDArray x = Tensors.input(model, 4, 2);
    model.seedDropout(5);
    INDArray first = model.forward(x, true).dup();
    INDArray second = model.forward(x, true).dup();
    model.seedDropout(5);
    assertEquals(first, model.forward(x, true));
    assertNotEquals(first, second, "each step draws a new mask");
    assertEquals(model.forward(x, false).dup(), model.forward(x, false), "inference is deterministic");
  }

  @Test
  void anInferencePassBetweenForwardAndBackwardDoesNotDisturbTheTrainingPass() {
    Model model = LaminaNormNets_BatchNormSpatial.create(1, DataType.DOUBLE);
    INDArray x = Tensors.input(model, 4, 2);
    INDArray g = Tensors.uniform(3, -1, 1, DataType.DOUBLE, 4, 4);
    Parameters p = model.parameters();
    INDArray state = p.state().dup();
    model.forward(x, true);
    INDArray expected = model.backward(g, GradientTarget.OUTPUT).dup();
    INDArray expectedGradients = p.gradients().dup();
    p.state().assign(state);
    model.forward(x, true);
    model.forward(Tensors.input(model, 4, 9), false);
    assertEquals(expected, model.backward(g, GradientTarget.OUTPUT));
    assertEquals(expectedGradients, p.gradients());
  }

  @Test
  void logitsTargetSkipsOnlyTheOutputActivation() {
    Model model = LaminaFashionCnn.create(1, DataType.DOUBLE);
    INDArray x = Tensors.input(model, 3, 1);
    INDArray g = Tensors.uniform(2, -1, 1, DataType.DOUBLE, 3, 10);
    model.forward(x, true);
    INDArray atLogits = model.backward(g, GradientTarget.LOGITS).dup();
    INDArray atOutput = model.backward(g, GradientTarget.OUTPUT).dup();
    assertNotEquals(atLogits, atOutput);
    // through softmax: the gradient at the logits is p * (g - sum(p * g))
    INDArray p = model.forward(x, true).dup();
    INDArray dot = p.mul(g).sum(true, 1);
    INDArray logits = p.mul(g.subColumnVector(dot));
    assertEquals(model.backward(logits, GradientTarget.LOGITS), atOutput);
  }

  @Test
  void toStringNamesTheNetwork() {
    assertEquals("FashionSeparableCnn (FLOAT, 184234 trainable parameters)", LaminaFashionSeparableCnn.create(1).toString());
    assertInstanceOf(Conv2DLayer.class, LaminaFashionSeparableCnn.create(1).conv1());
  }

  /** Training's backward pass skips only the input gradient: the parameter gradients are the same. */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.EnumSource(names = {"FLOAT", "DOUBLE"})
  void backwardParametersGivesTheSameParameterGradientsAsBackward(DataType type) {
    LaminaFashionSeparableCnn model = LaminaFashionSeparableCnn.create(5, type);
    org.nd4j.linalg.api.ndarray.INDArray x = org.nd4j.linalg.factory.Nd4j.rand(type, 3, 28, 28, 1);
    org.nd4j.linalg.api.ndarray.INDArray g = org.nd4j.linalg.factory.Nd4j.rand(type, 3, 10);
    model.forward(x, true);
    org.nd4j.linalg.api.ndarray.INDArray inputGradient = model.backward(g, dev.lamina.runtime.GradientTarget.LOGITS);
    assertEquals(0, inputGradient.isNaN().castTo(DataType.INT32).sumNumber().intValue());
    org.nd4j.linalg.api.ndarray.INDArray full = model.parameters().gradients().dup();
    model.parameters().gradients().assign(Double.NaN);
    model.forward(x, true);
    model.backwardParameters(g, dev.lamina.runtime.GradientTarget.LOGITS);
    assertEquals(full, model.parameters().gradients());
  }
}
