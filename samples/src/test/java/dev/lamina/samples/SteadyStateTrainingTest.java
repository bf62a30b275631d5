package dev.lamina.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.runtime.GradientTarget;
import dev.lamina.runtime.Model;
import dev.lamina.samples.check.Allocations;
import dev.lamina.samples.check.Factory;
import dev.lamina.samples.check.Tensors;
import dev.lamina.samples.nets.LaminaNormNets_BatchNormSpatial;
import dev.lamina.samples.nets.LaminaNormNets_DropoutNet;
import dev.lamina.samples.nets.LaminaWholeNets_SmallFashionSeparableCnn;
import java.util.stream.Stream;
import org.bytedeco.javacpp.Pointer;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A training step at a fixed batch size allocates nothing once its buffers exist, off-heap memory
 * does not grow over many steps, and a last, smaller batch works and gets its own buffers.
 */
class SteadyStateTrainingTest {
  private static final double LEARNING_RATE = 0.01;

  static Stream<Named<Factory>> networks() {
    return Stream.of(Named.of("FashionCnn", (seed, type) -> LaminaFashionCnn.create(seed, type)),
        Named.of("FashionSeparableCnn", (seed, type) -> LaminaFashionSeparableCnn.create(seed, type)),
        Named.of("BatchNormSpatial", LaminaNormNets_BatchNormSpatial::create),
        Named.of("DropoutNet", LaminaNormNets_DropoutNet::create));
  }

  /** SGD steps with a fixed gradient at the logits; the test allocates its own arrays once. */
  private static final class Trainer {
    private final Model model;
    private final INDArray gradient;

    Trainer(Model model, int batch) {
      this.model = model;
      int[] out = model.outputShape();
      long[] shape = new long[out.length + 1];
      shape[0] = batch;
      for (int i = 0; i < out.length; i++) {
        shape[i + 1] = out[i];
      }
      this.gradient = Tensors.uniform(3, -1, 1, model.dataType(), shape);
    }

    /** ND4J buffers the model created during the step. */
    @SuppressWarnings("deprecation") // BlasWrapper.axpy: the in-place update that allocates nothing
    long step(INDArray input) {
      long created = Allocations.count(() -> model.forward(input, true));
      created += Allocations.count(() -> model.backward(gradient, GradientTarget.LOGITS));
      Nd4j.getBlasWrapper().axpy(-LEARNING_RATE, model.parameters().gradients(), model.parameters().values());
      return created;
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("networks")
  void trainingStepsAllocateNothingAfterTheFirst(Factory factory) {
    Model model = factory.create(1, DataType.FLOAT);
    INDArray input = Tensors.input(model, 8, 2);
    Trainer trainer = new Trainer(model, (int) input.size(0));
    assertTrue(trainer.step(input) > 0, "the first step allocates its buffers");
    long created = 0;
    for (int i = 0; i < 10; i++) {
      created += trainer.step(input);
    }
    assertEquals(0, created, model.name() + ": ND4J buffers created in 10 steady-state training steps");
    assertEquals(0, warmInference(model, input), model.name() + ": ND4J buffers created by a steady-state inference");
  }

  private static long warmInference(Model model, INDArray input) {
    model.forward(input, false);
    return Allocations.count(() -> model.forward(input, false));
  }

  @Test
  void offHeapMemoryDoesNotGrowOverManySteps() {
    Model model = LaminaFashionCnn.create(5);
    INDArray input = Tensors.input(model, 16, 6);
    Trainer trainer = new Trainer(model, (int) input.size(0));
    for (int i = 0; i < 5; i++) {
      trainer.step(input);
    }
    System.gc();
    long before = Pointer.physicalBytes();
    for (int i = 0; i < 60; i++) {
      trainer.step(input);
    }
    long growth = Pointer.physicalBytes() - before;
    System.out.printf("FashionCnn, batch 16: resident memory grew by %.1f MB over 60 training steps%n",
        growth / 1048576.0);
    // one step's activations and gradients are about 13 MB: allocating them per step would add ~800 MB
    assertTrue(growth < 64L << 20, "resident memory grew by " + growth + " bytes over 60 steps");
  }

  @Test
  void aLastSmallerBatchWorksAndLeavesTheMainBatchSizeAllocationFree() {
    Model model = LaminaWholeNets_SmallFashionSeparableCnn.create(7, DataType.DOUBLE);
    INDArray full = Tensors.input(model, 8, 8);
    INDArray last = full.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(5, 8)).dup();
    Trainer trainer = new Trainer(model, 8);
    trainer.step(full);
    trainer.step(full);

    INDArray inferenceFull = model.forward(full, false).dup();
    INDArray inferenceLast = model.forward(last, false).dup();
    assertArrayEquals(new long[] {3, 10}, inferenceLast.shape());
    double difference = inferenceLast.sub(inferenceFull.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(5, 8)))
        .amaxNumber().doubleValue();
    assertTrue(difference < 1e-12, "the last 3 examples alone and inside the full batch differ by " + difference);

    model.forward(last, true);
    INDArray inputGradient = model.backward(Nd4j.ones(DataType.DOUBLE, 3, 10), GradientTarget.OUTPUT);
    assertArrayEquals(new long[] {3, 28, 28, 1}, inputGradient.shape());

    assertEquals(0, trainer.step(full), "back at the full batch size, its buffers are reused");
  }

  @Test
  void gradientsAreOverwrittenNotAccumulated() {
    Model model = LaminaNormNets_DropoutNet.create(9, DataType.DOUBLE);
    INDArray input = Tensors.input(model, 4, 10);
    INDArray gradient = Tensors.uniform(11, -1, 1, DataType.DOUBLE, 4, 5);
    model.seedDropout(12);
    model.forward(input, true);
    model.backward(gradient, GradientTarget.OUTPUT);
    INDArray first = model.parameters().gradients().dup();
    model.seedDropout(12);
    model.forward(input, true);
    model.backward(gradient, GradientTarget.OUTPUT);
    assertEquals(first, model.parameters().gradients());
  }
}
