package dev.lamina.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.lamina.runtime.Model;
import dev.lamina.samples.check.Factory;
import dev.lamina.samples.check.TestNetworks;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** {@code Model.replica()}: an independent copy of the same network, with the same parameters. */
class ReplicaTest {

  static Stream<Named<Factory>> networks() {
    return TestNetworks.all();
  }

  @ParameterizedTest
  @MethodSource("networks")
  void aReplicaComputesWhatItsOriginalComputes(Factory factory) {
    Model original = factory.create(11, DataType.FLOAT);
    // moving statistics differ from their initial values, so that copying them is seen
    if (original.parameters().nonTrainableCount() > 0) {
      original.parameters().state().addi(0.25);
    }
    Model replica = original.replica();

    assertSame(original.getClass(), replica.getClass());
    assertNotSame(original.parameters().values(), replica.parameters().values());
    assertEquals(original.parameters().values(), replica.parameters().values());
    assertEquals(original.parameters().state(), replica.parameters().state());
    INDArray x = Nd4j.rand(DataType.FLOAT, 3, original.inputShape()[0], original.inputShape()[1],
        original.inputShape()[2]).subi(0.5);
    assertEquals(original.predict(x), replica.predict(x));
  }

  @Test
  void aReplicaIsIndependentOfItsOriginal() throws Exception {
    Model original = LaminaFashionCnn.create(5);
    Model replica = original.replica();
    INDArray x = Nd4j.rand(DataType.FLOAT, 2, 28, 28, 1);
    INDArray before = replica.predict(x);

    original.parameters().values().muli(2);
    assertEquals(before, replica.predict(x));
    assertNotEquals(before, original.predict(x));

    // both can run at once, one per thread, without ExclusiveUse objecting
    Model other = replica.replica();
    CompletableFuture<INDArray> a = CompletableFuture.supplyAsync(() -> {
      INDArray last = null;
      for (int i = 0; i < 50; i++) {
        last = replica.predict(x);
      }
      return last;
    });
    INDArray last = null;
    for (int i = 0; i < 50; i++) {
      last = other.predict(x);
    }
    assertEquals(before, a.get());
    assertEquals(before, last);
  }
}
